package org.travelassist.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.travelassist.claims.internal.Attendance;
import org.travelassist.claims.internal.ClaimRecords;
import org.travelassist.claims.internal.MileageClaim;
import org.travelassist.schools.SchoolStaff;
import org.travelassist.security.AppRoles;
import org.travelassist.security.AppUser;
import org.travelassist.security.CurrentUser;

/**
 * School office staff confirm attendance on their own pupils' claims: every method checks the claim's school
 * against the schools an officer linked them to ({@link SchoolStaff#requireStaffOf}, audited when refused), so a
 * school sees nothing of another's.
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.SCHOOL_STAFF + "')")
public class SchoolAttendance {

    private final ClaimRecords records;
    private final Attendance attendance;
    private final SchoolStaff staff;
    private final CurrentUser currentUser;
    private final TransactionOperations transactions;

    SchoolAttendance(ClaimRecords records, Attendance attendance, SchoolStaff staff, CurrentUser currentUser,
            TransactionOperations transactions) {
        this.records = records;
        this.attendance = attendance;
        this.staff = staff;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    /** Claims for the signed-in person's schools that wait for attendance, the oldest first. */
    @Transactional(readOnly = true)
    public List<SchoolClaim> toConfirm() {
        Set<String> schools = staff.schoolsOf(currentUser.require().id());
        schools.forEach(staff::requireStaffOf);
        if (schools.isEmpty()) {
            return List.of();
        }
        return records.claims.findBySchoolUrnInAndStatusInOrderBySentAtAsc(schools, Set.of(ClaimStatus.SENT)).stream()
                .map(records::details).map(SchoolClaim::of).toList();
    }

    /** Claims for the person's schools confirmed lately (the latest 20), to see what was done. */
    @Transactional(readOnly = true)
    public List<SchoolClaim> confirmed() {
        Set<String> schools = staff.schoolsOf(currentUser.require().id());
        schools.forEach(staff::requireStaffOf);
        if (schools.isEmpty()) {
            return List.of();
        }
        var done = records.claims.findBySchoolUrnInAndStatusInOrderBySentAtAsc(schools, Set.of(ClaimStatus.CONFIRMED, ClaimStatus.QUERIED,
                ClaimStatus.APPROVED, ClaimStatus.PAID, ClaimStatus.PAYMENT_FAILED, ClaimStatus.REJECTED));
        return done.reversed().stream().limit(20).map(records::details).map(SchoolClaim::of).toList();
    }

    @Transactional(readOnly = true)
    public SchoolClaim claim(UUID id) {
        MileageClaim claim = records.claim(id);
        staff.requireStaffOf(claim.getSchoolUrn());
        return SchoolClaim.of(records.details(claim));
    }

    /** Confirms the days of one claim, the {@code absent} ones as absences (not paid). */
    @Transactional
    public SchoolClaim confirm(UUID id, Set<LocalDate> absent) {
        MileageClaim claim = records.claim(id);
        staff.requireStaffOf(claim.getSchoolUrn());
        AppUser user = currentUser.require();
        return SchoolClaim.of(attendance.confirm(claim, absent, user.id(), user.displayName(), false));
    }

    /** Confirms several claims at once, every day attended; each in its own transaction, so one refusal stops none. */
    public List<String> confirmAll(List<UUID> ids) {
        var results = new ArrayList<String>();
        for (UUID id : ids) {
            try {
                results.add(Objects.requireNonNull(transactions.execute(status -> confirm(id, Set.of()).reference() + ": confirmed")));
            } catch (InvalidClaimException refused) {
                results.add(records.claims.findById(id).map(MileageClaim::getReference).orElse(id.toString()) + ": " + refused.getMessage());
            }
        }
        return results;
    }
}
