package vn.tochuc.membership.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.tochuc.shared.DomainException;

/** Opens an uploaded member file by what its bytes are, not only by its name. */
final class MemberFiles {

    private MemberFiles() {
    }

    static SheetRows open(Path file, String fileName) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(8);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        boolean ole2 = magic.length >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF
                && (magic[2] & 0xFF) == 0x11 && (magic[3] & 0xFF) == 0xE0;
        if (magic.length == 0) {
            throw new DomainException("file", "import.error.empty");
        }
        if (ole2) {
            throw new DomainException("file", "import.error.xls");
        }
        if (zip) {
            return new XlsxRows(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw new DomainException("file", "import.error.notXlsx");
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvRows(file);
        }
        throw new DomainException("file", "import.error.fileType");
    }
}
