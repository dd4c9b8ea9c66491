package vn.tochuc.membership.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import vn.tochuc.membership.importing.ImportLimits;
import vn.tochuc.membership.importing.MemberImports;
import vn.tochuc.shared.DomainException;

/**
 * Member import as JSON, the same flow as the pages: upload (multipart, field {@code file}) → poll the job until
 * the report is ready → confirm (whole file, or only the valid rows; accepting the encoding conversions) or cancel.
 */
@RestController
@RequestMapping("/api/v1/members/imports")
@Tag(name = "Nhập đảng viên", description = "Nhập đảng viên từ tệp XLSX/CSV: báo cáo kiểm tra, xác nhận, hủy")
class MemberImportApi {

    private final MemberImports imports;
    private final MessageSource messages;

    MemberImportApi(MemberImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportViews.ImportView upload(@RequestParam(required = false) MultipartFile file, Locale locale) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("file", "import.error.noFile");
        }
        return ImportViews.of(imports.start(file.getOriginalFilename(), file), messages, locale);
    }

    @GetMapping("/{id}")
    ImportViews.ImportView status(@PathVariable String id, Locale locale) {
        return ImportViews.of(imports.status(id), messages, locale);
    }

    record Confirmation(Boolean validOnly, Boolean acceptConversions) {
    }

    @PostMapping("/{id}/confirm")
    ImportViews.ImportView confirm(@PathVariable String id, @RequestBody(required = false) Confirmation body,
            Locale locale) {
        boolean validOnly = body != null && Boolean.TRUE.equals(body.validOnly());
        boolean accept = body != null && Boolean.TRUE.equals(body.acceptConversions());
        return ImportViews.of(imports.confirm(id, validOnly, accept), messages, locale);
    }

    @PostMapping("/{id}/cancel")
    ImportViews.ImportView cancel(@PathVariable String id, Locale locale) {
        return ImportViews.of(imports.cancel(id), messages, locale);
    }

    @ExceptionHandler({MultipartException.class, IllegalStateException.class})
    ProblemDetail tooLarge(RuntimeException e, Locale locale) {
        boolean size = UploadLimit.exceeded(e);
        if (!size && !(e instanceof MultipartException)) {
            throw e;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(size ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                messages.getMessage(size ? "import.error.uploadTooLarge" : "import.error.unreadable",
                        new Object[] {ImportLimits.MAX_UPLOAD_BYTES / (1024 * 1024)}, locale));
        problem.setProperty("field", "file");
        return problem;
    }
}
