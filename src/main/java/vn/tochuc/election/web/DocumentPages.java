package vn.tochuc.election.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tochuc.election.ElectionDocuments;
import vn.tochuc.election.documents.PaperSize;

/** Ballot papers and counting minutes as PDF downloads. */
@Controller
class DocumentPages {

    private final ElectionDocuments documents;

    DocumentPages(ElectionDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/elections/{id}/ballots.pdf")
    ResponseEntity<byte[]> ballots(@PathVariable long id, @RequestParam(defaultValue = "A5") PaperSize paper,
            @RequestParam(defaultValue = "1") int perPage) {
        return pdf(documents.ballots(id, paper, perPage), "phieu-bau-" + id + ".pdf");
    }

    @GetMapping("/elections/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return pdf(documents.minutes(id), "bien-ban-kiem-phieu-" + id + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
