package vn.tochuc.election.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes one sample of each document to look at: {@code -Dtochuc.pdf.samples=target/pdf-samples}, then
 * e.g. {@code pdftoppm -png -r 60 target/pdf-samples/minutes.pdf target/pdf-samples/minutes}.
 */
@EnabledIfSystemProperty(named = "tochuc.pdf.samples", matches = ".+")
class DocumentSamples {

    @Test
    void writeSamples() throws IOException {
        Path directory = Files.createDirectories(Path.of(System.getProperty("tochuc.pdf.samples")));
        List<String> serials = List.of("K7Q2M9", "P3X8D4", "T6W1C5", "H9B2N7");
        write(directory, "ballot-surplus-a5", SampleDocuments.ballots(SampleDocuments.LIST, 15, PaperSize.A5, 1, 1, serials.subList(0, 1)));
        write(directory, "ballot-surplus-a4-2up", SampleDocuments.ballots(SampleDocuments.LIST, 15, PaperSize.A4, 2, 2, serials.subList(0, 2)));
        write(directory, "ballot-no-surplus-a4-4up", SampleDocuments.ballots(SampleDocuments.LIST.subList(0, 7), 7, PaperSize.A4, 4, 4, serials));
        write(directory, "ballot-single-a5-2up", SampleDocuments.ballots(List.of("Nguyễn Thị Ngọc Ánh"), 1, PaperSize.A5, 2, 2, null));
        write(directory, "ballot-120-a4", SampleDocuments.ballots(SampleDocuments.names(120, 20250715L), 100, PaperSize.A4, 1, 1, serials.subList(0, 1)));
        write(directory, "ballot-120-a5", SampleDocuments.ballots(SampleDocuments.names(120, 20250715L), 100, PaperSize.A5, 1, 1, null));
        write(directory, "ballot-60-no-surplus-a4", SampleDocuments.ballots(SampleDocuments.names(60, 3L), 60, PaperSize.A4, 1, 1, null));
        Files.write(directory.resolve("minutes.pdf"), CountingMinutes.render(SampleDocuments.minutes()));
    }

    private static void write(Path directory, String name, BallotPaperSpec spec) throws IOException {
        Files.write(directory.resolve(name + ".pdf"), BallotPapers.render(spec));
    }
}
