package vn.tochuc.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.tochuc.membership.MemberExports;

/**
 * Response headers of a file download. The file name goes out twice (RFC 6266): an ASCII form for old
 * clients ("Danh-sach-dang-vien-Dang-bo-xa-Na-Hang-31-12-2024.xlsx") and the Vietnamese one in UTF-8 as
 * RFC 5987 {@code filename*}. Nothing is cached: the file may hold personal data.
 */
final class Downloads {

    private Downloads() {
    }

    static OutputStream open(HttpServletResponse response, MemberExports.Download download) throws IOException {
        String name = download.title() + "." + download.format().extension();
        response.setContentType(download.format().contentType());
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + rfc5987(name));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return response.getOutputStream();
    }

    /** Letters without diacritics (đ → d), digits, dots; every other run of characters becomes one dash. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("-+\\.", ".").replaceAll("^-|-$", "");
    }

    /** Percent-encoded UTF-8 of every character outside RFC 5987's attr-char. */
    static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
