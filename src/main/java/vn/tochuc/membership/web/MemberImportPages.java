package vn.tochuc.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import vn.tochuc.membership.importing.ImportLimits;
import vn.tochuc.membership.importing.ImportStatus;
import vn.tochuc.membership.importing.MemberImports;
import vn.tochuc.shared.Actors;
import vn.tochuc.shared.DomainException;
import vn.tochuc.shared.Forbidden;
import vn.tochuc.shared.Messages;
import vn.tochuc.shared.NotFound;
import vn.tochuc.shared.Permission;

/**
 * Importing members from a file: the template, the upload, the job page (a progress bar polled by htmx while a
 * pass runs, then the report with the confirm and cancel buttons) and the result.
 */
@Controller
@RequestMapping("/members/import")
class MemberImportPages {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberImports imports;
    private final Actors actors;
    private final MessageSource messages;

    MemberImportPages(MemberImports imports, Actors actors, MessageSource messages) {
        this.imports = imports;
        this.actors = actors;
        this.messages = messages;
    }

    /** The upload form; {@code tooLarge} comes from {@link ImportUploadSizeFilter}. */
    @GetMapping
    String form(@RequestParam(required = false) String tooLarge, Model model, Locale locale) {
        actors.current().require(Permission.MEMBER_WRITE);
        if (tooLarge != null) {
            model.addAttribute("error", messages.getMessage("import.error.uploadTooLarge",
                    new Object[] {ImportLimits.MAX_UPLOAD_BYTES / (1024 * 1024)}, locale));
        }
        return "membership/import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mau-nhap-dang-vien.xlsx\"")
                .body(imports.template());
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
            Locale locale) {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("file", "import.error.noFile");
            }
            return "redirect:/members/import/" + imports.start(file.getOriginalFilename(), file).id();
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            return "membership/import";
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable String id, Model model, Locale locale) {
        model.addAttribute("job", ImportViews.of(imports.status(id), messages, locale));
        return "membership/import-job";
    }

    /** The progress fragment; once the pass is over the whole page reloads to show the report or the result. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        ImportStatus status = imports.status(id);
        if (!status.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", ImportViews.of(status, messages, locale));
        return "membership/import-job :: progress";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam(defaultValue = "false") boolean validOnly,
            @RequestParam(defaultValue = "false") boolean acceptConversions, Model model,
            HttpServletResponse response, Locale locale) {
        try {
            imports.confirm(id, validOnly, acceptConversions);
            return "redirect:/members/import/" + id;
        } catch (NotFound | Forbidden e) {
            throw e;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", Messages.of(messages, e, locale));
            return job(id, model, locale);
        }
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable String id) {
        imports.cancel(id);
        return "redirect:/members/import/" + id;
    }

    /** Over {@link ImportLimits#MAX_UPLOAD_BYTES}: the page says so in words instead of failing the upload. */
    @ExceptionHandler({MultipartException.class, IllegalStateException.class})
    String tooLarge(RuntimeException e, Model model, HttpServletResponse response, Locale locale) {
        boolean size = UploadLimit.exceeded(e);
        if (!size && !(e instanceof MultipartException)) {
            throw e;
        }
        response.setStatus(size ? 413 : 400);
        model.addAttribute("error", messages.getMessage(size ? "import.error.uploadTooLarge" : "import.error.unreadable",
                new Object[] {ImportLimits.MAX_UPLOAD_BYTES / (1024 * 1024)}, locale));
        return "membership/import";
    }
}
