package org.travelassist.applications.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.resolver.ClasspathResolver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.travelassist.shared.PdfDocuments;

/**
 * The wording of the letters, as Mustache templates in {@code src/main/resources/letters/}, so the council can
 * change what a letter says without touching Java. Every {@code {{value}}} is escaped for XHTML (and cleaned of
 * characters XML cannot hold) by default; templates never need to escape anything themselves. A council may keep
 * its own versions of some templates in {@code travelassist.letters.template-directory}: a file there replaces the
 * one of the same name, and the rest still come from the portal.
 */
@Component
class LetterTemplates {

    private final DefaultMustacheFactory mustache;

    LetterTemplates(@Value("${travelassist.letters.template-directory:}") String directory) {
        this.mustache = new XhtmlMustacheFactory(resolver(directory));
    }

    /** The body of a letter, as XHTML, from the template {@code letters/<name>.mustache}. */
    String render(String name, Object model) {
        var out = new StringWriter();
        mustache.compile(name + ".mustache").execute(out, model);
        return out.toString();
    }

    private static MustacheResolver resolver(String directory) {
        var portal = new ClasspathResolver("letters");
        if (directory.isBlank()) {
            return portal;
        }
        Path councils = Path.of(directory);
        return name -> {
            Path file = councils.resolve(name).normalize();
            if (file.startsWith(councils) && Files.isRegularFile(file)) {
                try {
                    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the letter template " + file, e);
                }
            }
            return portal.getReader(name);
        };
    }

    /** Escapes as XHTML for openhtmltopdf; a line break someone typed stays a line break. */
    private static final class XhtmlMustacheFactory extends DefaultMustacheFactory {

        XhtmlMustacheFactory(MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(PdfDocuments.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
