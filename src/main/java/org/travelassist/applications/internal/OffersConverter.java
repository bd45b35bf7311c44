package org.travelassist.applications.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.Offer;

/** Stores a set of offers as their names in order, comma-separated ("MILEAGE_ALLOWANCE,TRAVEL_TRAINING"). */
@Converter
class OffersConverter implements AttributeConverter<Set<Offer>, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Set<Offer> offers) {
        return offers == null || offers.isEmpty() ? null : offers.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Offer> convertToEntityAttribute(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(Offer.class));
        }
        return Collections.unmodifiableSet(Arrays.stream(stored.split(",")).map(String::strip).map(Offer::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Offer.class))));
    }
}
