package org.travelassist.budgets.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.shared.AbstractEntity;
import org.travelassist.shared.Money;

/** A month's attendance recorded against a budget, and what it took off which instalment. */
@Entity
@Table(name = "budget_absence")
public class Absence extends AbstractEntity {

    @Column(name = "budget_id", nullable = false)
    private UUID budgetId;

    /** The first day of the month. */
    @Column(name = "month", nullable = false)
    private LocalDate month;

    @Column(name = "school_days", nullable = false)
    private int schoolDays;

    @Column(name = "days_absent", nullable = false)
    private int daysAbsent;

    @Column(name = "medical", nullable = false)
    private boolean medical;

    @Column(name = "instalment_number")
    private @Nullable Integer instalmentNumber;

    @Column(name = "deduction_pence", nullable = false)
    private long deductionPence;

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The dates absent, ISO and comma-separated, in order; null for a month recorded as a count only. */
    @Column(name = "absent_dates")
    private @Nullable String absentDates;

    @Column(name = "recorded_by_school", nullable = false)
    private boolean recordedBySchool;

    protected Absence() {
        this.budgetId = new UUID(0, 0);
        this.month = LocalDate.EPOCH;
        this.recordedByName = "";
        this.recordedAt = Instant.EPOCH;
    }

    Absence(UUID budgetId, LocalDate month, int schoolDays, java.util.List<LocalDate> dates, boolean medical, @Nullable Integer instalmentNumber,
            Money deduction, boolean needsReview, String byName, boolean bySchool, Instant now) {
        this.budgetId = budgetId;
        this.month = month;
        this.schoolDays = schoolDays;
        this.daysAbsent = dates.size();
        this.absentDates = dates.isEmpty() ? null : String.join(",", dates.stream().map(LocalDate::toString).toList());
        this.recordedBySchool = bySchool;
        this.medical = medical;
        this.instalmentNumber = instalmentNumber;
        this.deductionPence = deduction.pence();
        this.needsReview = needsReview;
        this.recordedByName = byName;
        this.recordedAt = now;
    }

    void reviewed(Instant now) {
        this.reviewedAt = now;
    }

    public UUID budgetId() { return budgetId; }
    public LocalDate month() { return month; }
    public int schoolDays() { return schoolDays; }
    public int daysAbsent() { return daysAbsent; }
    public boolean medical() { return medical; }
    public @Nullable Integer instalmentNumber() { return instalmentNumber; }
    public Money deduction() { return Money.ofPence(deductionPence); }
    public boolean needsReview() { return needsReview; }
    public @Nullable Instant reviewedAt() { return reviewedAt; }
    public String recordedByName() { return recordedByName; }
    public boolean recordedBySchool() { return recordedBySchool; }

    public java.util.List<LocalDate> absentDates() {
        return absentDates == null ? java.util.List.of() : java.util.Arrays.stream(absentDates.split(",")).map(LocalDate::parse).toList();
    }

    Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("budgetId", budgetId.toString());
        fields.put("month", month.toString());
        fields.put("schoolDays", String.valueOf(schoolDays));
        fields.put("daysAbsent", String.valueOf(daysAbsent));
        fields.put("absentDates", absentDates);
        fields.put("recordedBySchool", String.valueOf(recordedBySchool));
        fields.put("medical", String.valueOf(medical));
        fields.put("instalmentNumber", Objects.toString(instalmentNumber, null));
        fields.put("deduction", deduction().formatted());
        fields.put("needsReview", String.valueOf(needsReview));
        fields.put("reviewedAt", Objects.toString(reviewedAt, null));
        return fields;
    }
}
