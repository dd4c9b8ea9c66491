package vn.tochuc.organization;

/** Levels of the party system (QĐ 294-QĐ/TW from 01/07/2025; the district level is kept for history). */
public enum Level {
    CENTRAL,
    PROVINCIAL,
    /** Abolished on 01/07/2025; read-only for new work after that date. */
    DISTRICT,
    COMMUNE,
    GRASSROOTS,
    BELOW_GRASSROOTS
}
