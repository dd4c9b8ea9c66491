package vn.tochuc.membership.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tochuc.membership.importing.ImportLimits;

/**
 * An upload to the import page that announces more than {@link ImportLimits#MAX_UPLOAD_BYTES} (or turns out to be
 * larger while read) is sent back to the page with the reason, before anything reads the body: the servlet container (Tomcat 11) refuses to read request
 * parameters of an oversized multipart body, so the CSRF check could not even find its token and the clerk would
 * see an error page instead of "the file is larger than 100 MB". The API answers the same case in
 * {@link MemberImportApi}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportUploadSizeFilter extends OncePerRequestFilter {

    /** Room for the multipart envelope around the file. */
    private static final long ENVELOPE = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/members/import".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > ImportLimits.MAX_UPLOAD_BYTES + ENVELOPE) {
            response.sendRedirect(request.getContextPath() + "/members/import?tooLarge");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException e) {
            // a body sent without its length: the container refuses it once something reads a parameter
            if (!UploadLimit.exceeded(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendRedirect(request.getContextPath() + "/members/import?tooLarge");
        }
    }
}
