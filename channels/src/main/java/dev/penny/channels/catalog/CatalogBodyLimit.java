package dev.penny.channels.catalog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the bodies the catalog API reads, which Jackson would otherwise buffer whole, however large: a declared
 * length over the limit is refused at once with {@code bad_payload}; a body without one stops being read at the limit
 * and so fails as malformed JSON. The limit leaves room for the largest import ({@code ImportLimits}) escaped as JSON.
 */
final class CatalogBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            // an article upload is refused as its own limits refuse it, so the editor shows one kind of error for both
            boolean article = request.getRequestURI().startsWith("/api/catalog/draft/articles");
            response.setStatus(article ? 413 : HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"code\":\"" + (article ? "article_too_large" : "bad_payload")
                            + "\",\"message\":\"the body is larger than " + (MAX_BYTES >> 20)
                            + " MB\",\"problems\":[]}");
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > MAX_BYTES) {
                        throw new IOException("the body is larger than " + MAX_BYTES + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
