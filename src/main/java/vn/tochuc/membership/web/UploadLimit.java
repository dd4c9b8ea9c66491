package vn.tochuc.membership.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Recognises an upload refused for its size, however it surfaces: Spring's {@link MaxUploadSizeExceededException},
 * or the servlet container's own exception when something read a request parameter first (Tomcat 11 then throws
 * an {@code IllegalStateException} whose cause is a size-limit exception).
 */
final class UploadLimit {

    private UploadLimit() {
    }

    static boolean exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException || t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }
}
