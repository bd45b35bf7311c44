package org.travelassist.claims.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.claims.DayAttendance;
import org.travelassist.claims.Journeys;

/**
 * A day in a claim. Once the claim is sent it is "counted": the database lets a day count in only one claim of an
 * allowance ({@code mileage_claim_day_paid_once}).
 */
@Entity
@Table(name = "mileage_claim_day")
public class ClaimDay {

    @Id
    @Column(name = "id")
    private UUID id = UUID.randomUUID();
    @Column(name = "allowance_id", nullable = false)
    private UUID allowanceId;
    @Column(name = "day", nullable = false)
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(name = "journeys", nullable = false)
    private Journeys journeys;
    @Column(name = "legs", nullable = false)
    private int legs;
    @Column(name = "counted", nullable = false)
    private boolean counted;
    @Enumerated(EnumType.STRING)
    @Column(name = "attendance")
    private @Nullable DayAttendance attendance;

    protected ClaimDay() {}

    ClaimDay(UUID allowanceId, LocalDate day, Journeys journeys, int legs) {
        this.allowanceId = allowanceId;
        this.day = day;
        this.journeys = journeys;
        this.legs = legs;
    }

    void journeys(Journeys journeys, int legs) {
        this.journeys = journeys;
        this.legs = legs;
    }

    void count() {
        counted = true;
    }

    void uncount() {
        counted = false;
    }

    void attendance(@Nullable DayAttendance attendance) {
        this.attendance = attendance;
    }

    /** Paid unless the school marked it absent or an officer took it out. */
    public boolean payable() {
        return attendance == null || attendance == DayAttendance.ATTENDED;
    }

    public LocalDate getDay() { return day; }
    public Journeys getJourneys() { return journeys; }
    public int getLegs() { return legs; }
    public boolean isCounted() { return counted; }
    public @Nullable DayAttendance getAttendance() { return attendance; }
}
