package org.travelassist.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.travelassist.shared.Postcode;

/**
 * Which council looks after a postcode, for a postcode that is not in the register: by its district ("LE15"), or
 * else its area ("LE"). Demo data, not the ONS Postcode Directory (data/rutland/SOURCES.md says how to load that).
 */
@Component
public class LocalAuthorities {

    /** A council, with its website for families to find its school travel pages. */
    public record LocalAuthority(String name, String website) {}

    private final Map<String, LocalAuthority> byPrefix = new LinkedHashMap<>();

    LocalAuthorities(@Value("${travelassist.places.councils:classpath:data/rutland/postcode-district-councils-demo.csv}") Resource data) {
        try (var reader = new BufferedReader(new InputStreamReader(data.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("prefix,"))
                    .forEach(line -> {
                        String[] fields = line.split(",", -1);
                        if (fields.length != 3 || fields[0].isBlank() || fields[1].isBlank()) {
                            throw new IllegalStateException("Not a council row in " + data + ": " + line);
                        }
                        byPrefix.put(fields[0].strip().toUpperCase(java.util.Locale.UK), new LocalAuthority(fields[1].strip(), fields[2].strip()));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the councils by postcode district from " + data, e);
        }
    }

    /** The council for the postcode's district, else for its area; empty when neither is known. */
    public Optional<LocalAuthority> find(Postcode postcode) {
        String district = postcode.value().split(" ")[0];
        String area = district.replaceAll("\\d.*$", "");
        return Optional.ofNullable(byPrefix.get(district)).or(() -> Optional.ofNullable(byPrefix.get(area)));
    }
}
