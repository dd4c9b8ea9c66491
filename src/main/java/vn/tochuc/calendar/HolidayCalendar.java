package vn.tochuc.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tochuc.calendar.internal.HolidayStore;
import vn.tochuc.shared.Actor;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.Conflict;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Permission;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.WorkingDays;

/**
 * The public holidays and official days off (Bộ luật Lao động 2019 Điều 112, with the days the
 * government sets each year), and the {@link WorkingDays} built from them. Anyone signed in may read
 * the calendar; only a system administrator may change it, and every change is audited.
 *
 * <p>{@link #workingDays()} is cached: it is reloaded after each change made here (once the change has
 * committed or rolled back) and at least every {@link #REFRESH}, so that a change made by another
 * instance or directly in the database is picked up too.
 */
@Service
public class HolidayCalendar {

    static final Duration REFRESH = Duration.ofMinutes(10);
    private static final int NAME_MAX = 200;

    private final HolidayStore store;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Bumped once each change is over: a load made under an older count is stale. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Loaded loaded;

    public HolidayCalendar(HolidayStore store, Actors actors, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    private record Loaded(WorkingDays workingDays, Instant at, long changes) {
    }

    /** The working days as the calendar stands now. */
    public WorkingDays workingDays() {
        Loaded current = loaded;
        Instant now = clock.instant();
        long seen = changes.get();
        if (current == null || current.changes() != seen || current.at().plus(REFRESH).isBefore(now)) {
            current = new Loaded(WorkingDays.of(store.allDays()), now, seen);
            loaded = current;
        }
        return current.workingDays();
    }

    /** The days off of one year, in date order. */
    @Transactional(readOnly = true)
    public List<Holiday> list(int year) {
        return store.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    @Transactional
    public Holiday add(LocalDate day, String name) {
        Actor actor = requireAdministrator();
        requireSensibleDay(day);
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new DomainException("day", "calendar.error.weekend", day);
        }
        String normalized = VietnameseText.normalize(name);
        if (normalized == null || normalized.isEmpty()) {
            throw new DomainException("name", "calendar.error.nameMissing");
        }
        if (normalized.length() > NAME_MAX) {
            throw new DomainException("name", "calendar.error.nameTooLong", NAME_MAX);
        }
        store.find(day).ifPresent(existing -> {
            throw new Conflict("calendar.error.duplicate", day, existing.name());
        });
        Holiday holiday = new Holiday(day, normalized);
        try {
            store.insert(holiday);
        } catch (DuplicateKeyException e) {
            throw new Conflict("calendar.error.duplicate", day, normalized);
        }
        changed(new HolidayChanged(true, day, normalized, actor.scopeOrganizationId(), actor.scopePath()));
        return holiday;
    }

    @Transactional
    public void remove(LocalDate day) {
        Actor actor = requireAdministrator();
        requireSensibleDay(day);
        Holiday holiday = store.find(day)
                .orElseThrow(() -> new DomainException("day", "calendar.error.notListed", day));
        store.delete(day);
        changed(new HolidayChanged(false, day, holiday.name(), actor.scopeOrganizationId(), actor.scopePath()));
    }

    private Actor requireAdministrator() {
        Actor actor = actors.current();
        if (!actor.can(Permission.SYSTEM_ADMIN)) {
            throw new Forbidden("error.forbidden.permission");
        }
        return actor;
    }

    private static void requireSensibleDay(LocalDate day) {
        if (day == null) {
            throw new DomainException("day", "calendar.error.dayMissing");
        }
        if (day.getYear() < 2000 || day.getYear() > 2100) {
            throw new DomainException("day", "calendar.error.yearOutOfRange", day);
        }
    }

    /** Audits the change and drops the cached working days once the transaction is over, whatever its outcome. */
    private void changed(HolidayChanged event) {
        events.publishEvent(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changes.incrementAndGet();
                }
            });
        } else {
            changes.incrementAndGet();
        }
    }
}
