package vn.tochuc.membership;

import java.util.Locale;
import vn.tochuc.shared.DomainException;

/** The file types a member list is exported to. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv; charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** "xlsx" or "csv", in any case; anything else is refused with a message naming the field. */
    public static ExportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new DomainException("format", "member.error.exportFormat");
    }
}
