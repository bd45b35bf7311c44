package org.travelassist.eligibility.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's body limit. A check is a few hundred bytes, so a body over the limit is refused with 413 before it is
 * read into memory or parsed, and before security, so the answer is a problem detail and never a sign-in page.
 * Wrong methods (405), content types (415) and unknown fields (400) are answered as problem details by Spring MVC
 * ({@code spring.mvc.problemdetails.enabled}) and {@link EligibilityApi}.
 */
@Configuration(proxyBeanMethods = false)
class ApiLimits {

    @Bean
    FilterRegistrationBean<BodyLimit> apiBodyLimit(@Value("${travelassist.api.max-body-bytes:4096}") int maxBytes) {
        var registration = new FilterRegistrationBean<>(new BodyLimit(maxBytes));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static final class BodyLimit extends OncePerRequestFilter {

        private final int maxBytes;

        BodyLimit(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBytes) {
                tooLarge(response);
                return;
            }
            if (request.getContentLengthLong() >= 0) {
                chain.doFilter(request, response);
                return;
            }
            // No Content-Length (chunked): read at most one byte more than the limit to know.
            byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge(response);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
        }

        private void tooLarge(HttpServletResponse response) throws IOException {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setHeader("Connection", "close");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                    + "\"detail\":\"A check must be no more than " + maxBytes + " bytes.\"}");
        }

        private static byte[] readAtMost(InputStream in, int limit) throws IOException {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            int read;
            while (out.size() < limit && (read = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) != -1) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    /** The request with its body already read, for the controller to read again. */
    static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }
            };
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }
    }
}
