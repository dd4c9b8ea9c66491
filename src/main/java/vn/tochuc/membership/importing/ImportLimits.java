package vn.tochuc.membership.importing;

import java.time.Duration;

/** The limits of a member import, chosen so that a large or hostile file gets a report and never exhausts memory. */
public final class ImportLimits {

    /** The largest upload accepted (also {@code spring.servlet.multipart.max-file-size}). */
    public static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;
    /** Rows per file: Excel's own sheet limit for XLSX; CSV may hold the national register (5.7 million rows). */
    public static final int MAX_XLSX_ROWS = 1_048_576;
    public static final int MAX_CSV_ROWS = 6_000_000;
    /** Columns read per row; anything further right is ignored. */
    public static final int MAX_COLUMNS = 200;
    /** XLSX parts are inflated while read; a shared-strings table larger than this is refused (it is held in memory). */
    public static final long MAX_SHARED_STRINGS_BYTES = 256L * 1024 * 1024;
    /** Problems and conversions listed one by one in a report; beyond this they are only counted. */
    public static final int MAX_LISTED = 10_000;
    /** An upload and its report are kept this long after the last activity, then deleted. */
    public static final Duration RETENTION = Duration.ofHours(4);
    /** Imports validated or written at the same time; more wait in a short queue, beyond it the upload is refused. */
    public static final int WORKERS = 2;
    public static final int QUEUE = 8;

    private ImportLimits() {
    }
}
