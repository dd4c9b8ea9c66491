package vn.tochuc.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Types of party organisation and which may sit under which (rules §5.7; QĐ 294-QĐ/TW): a province has
 * communes and grassroots organisations; a commune-level committee has grassroots organisations; until
 * 01/07/2025 a district-level committee had communes and grassroots organisations (kept for history); a
 * grassroots committee has sub-committees and cells; a sub-committee has cells; a cell has nothing
 * (its party groups are not organisations).
 */
public enum OrganizationType {
    CENTRAL(Level.CENTRAL),
    PROVINCIAL(Level.PROVINCIAL),
    DISTRICT(Level.DISTRICT),
    COMMUNE(Level.COMMUNE),
    GRASSROOTS_COMMITTEE(Level.GRASSROOTS),
    GRASSROOTS_CELL(Level.GRASSROOTS),
    SUB_COMMITTEE(Level.BELOW_GRASSROOTS),
    CELL(Level.BELOW_GRASSROOTS);

    private final Level level;

    OrganizationType(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }

    /** The types allowed directly under this one. */
    public Set<OrganizationType> allowedChildren() {
        return switch (this) {
            case CENTRAL -> EnumSet.of(PROVINCIAL);
            case PROVINCIAL -> EnumSet.of(DISTRICT, COMMUNE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
            case DISTRICT -> EnumSet.of(COMMUNE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
            case COMMUNE -> EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
            case GRASSROOTS_COMMITTEE -> EnumSet.of(SUB_COMMITTEE, CELL);
            case SUB_COMMITTEE -> EnumSet.of(CELL);
            case GRASSROOTS_CELL, CELL -> EnumSet.noneOf(OrganizationType.class);
        };
    }

    public boolean mayHave(OrganizationType child) {
        return allowedChildren().contains(child);
    }

    /** Grassroots organisations (tổ chức cơ sở đảng) hold congresses of their own members. */
    public boolean isGrassroots() {
        return level == Level.GRASSROOTS;
    }

    public boolean isCell() {
        return this == CELL || this == GRASSROOTS_CELL;
    }
}
