package org.travelassist.applications.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.travelassist.applications.ChallengeStage;

/** Keeps the stage as the number the schema has always held (1 review, 2 appeal). */
@Converter
class ChallengeStageConverter implements AttributeConverter<ChallengeStage, Integer> {

    @Override
    public Integer convertToDatabaseColumn(ChallengeStage stage) {
        return stage.number;
    }

    @Override
    public ChallengeStage convertToEntityAttribute(Integer number) {
        return ChallengeStage.of(number);
    }
}
