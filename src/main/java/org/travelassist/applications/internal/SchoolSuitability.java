package org.travelassist.applications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.travelassist.eligibility.EligibilityQuestion.Sex;
import org.travelassist.eligibility.SchoolMark;
import org.travelassist.shared.AbstractEntity;

/** The officer's findings about which schools suit the child (see the migration), one per application. */
@Entity
@Table(name = "application_school_suitability")
public class SchoolSuitability extends AbstractEntity {

    @Column(name = "application_id", nullable = false, unique = true)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_sex")
    private @Nullable Sex childSex;

    @Column(name = "selective_suitable")
    private @Nullable Boolean selectiveSuitable;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "school_marks", nullable = false)
    private List<SchoolMark> schoolMarks = new ArrayList<>();

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SchoolSuitability() {
        this.applicationId = new UUID(0, 0);
        this.recordedByName = "";
        this.recordedAt = Instant.EPOCH;
    }

    public SchoolSuitability(UUID applicationId, String byName, Instant now) {
        this.applicationId = applicationId;
        this.recordedByName = byName;
        this.recordedAt = now;
    }

    public void record(@Nullable Sex sex, @Nullable Boolean selectiveSuitable, List<SchoolMark> marks, String byName, Instant now) {
        this.childSex = sex;
        this.selectiveSuitable = selectiveSuitable;
        this.schoolMarks = new ArrayList<>(marks);
        this.recordedByName = byName;
        this.recordedAt = now;
    }

    public Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("applicationId", applicationId.toString());
        fields.put("childSex", Objects.toString(childSex, null));
        fields.put("selectiveSuitable", Objects.toString(selectiveSuitable, null));
        fields.put("schoolMarks", schoolMarks.stream().map(m -> m.urn() + " " + m.kind() + ": " + m.reason()).toList().toString());
        fields.put("recordedBy", recordedByName);
        return fields;
    }

    public UUID getApplicationId() { return applicationId; }
    public @Nullable Sex getChildSex() { return childSex; }
    public @Nullable Boolean getSelectiveSuitable() { return selectiveSuitable; }
    public List<SchoolMark> getSchoolMarks() { return List.copyOf(schoolMarks); }
    public String getRecordedByName() { return recordedByName; }
    public Instant getRecordedAt() { return recordedAt; }
}
