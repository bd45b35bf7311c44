package org.travelassist.budgets.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/** A change of circumstances a parent reported, with the amount the portal previewed for it. */
@Entity
@Table(name = "budget_change_report")
public class ChangeReport extends AbstractEntity {

    @Column(name = "budget_id", nullable = false)
    private UUID budgetId;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "school_urn")
    private @Nullable String schoolUrn;

    @Column(name = "school_name")
    private @Nullable String schoolName;

    @Column(name = "what_changed", nullable = false)
    private String whatChanged;

    @Column(name = "preview_annual_pence")
    private @Nullable Long previewAnnualPence;

    @Column(name = "preview_summary", nullable = false)
    private String previewSummary;

    @Column(name = "reported_by_name", nullable = false)
    private String reportedByName;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected ChangeReport() {
        this.budgetId = new UUID(0, 0);
        this.postcode = "";
        this.whatChanged = "";
        this.previewSummary = "";
        this.reportedByName = "";
        this.reportedAt = Instant.EPOCH;
    }

    public ChangeReport(UUID budgetId, String postcode, @Nullable String schoolUrn, @Nullable String schoolName, String whatChanged,
            @Nullable Money previewAnnual, String previewSummary, String reportedByName, Instant reportedAt) {
        this.budgetId = budgetId;
        this.postcode = postcode;
        this.schoolUrn = schoolUrn;
        this.schoolName = schoolName;
        this.whatChanged = whatChanged;
        this.previewAnnualPence = previewAnnual == null ? null : previewAnnual.pence();
        this.previewSummary = previewSummary;
        this.reportedByName = reportedByName;
        this.reportedAt = reportedAt;
    }

    public UUID budgetId() { return budgetId; }
    public String postcode() { return postcode; }
    public @Nullable String schoolName() { return schoolName; }
    public String whatChanged() { return whatChanged; }
    public @Nullable Money previewAnnual() { return previewAnnualPence == null ? null : Money.ofPence(previewAnnualPence); }
    public String previewSummary() { return previewSummary; }
    public String reportedByName() { return reportedByName; }
    public Instant reportedAt() { return reportedAt; }

    Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("budgetId", budgetId.toString());
        fields.put("postcode", postcode);
        fields.put("schoolUrn", schoolUrn);
        fields.put("whatChanged", whatChanged);
        fields.put("previewAnnual", Objects.toString(previewAnnual(), null));
        return fields;
    }
}
