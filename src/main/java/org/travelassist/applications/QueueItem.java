package org.travelassist.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the officers' work queue.
 *
 * @param due the date the current step is due: the decision, the review, the hearing or the panel's letter
 * @param workingDaysLeft working days from today to {@code due}; negative when overdue
 */
public record QueueItem(UUID id, String reference, String childName, @Nullable String schoolUrn, @Nullable String schoolName,
        ApplicationStatus status, Instant received, LocalDate due, int workingDaysLeft, boolean sen, @Nullable String assignedName,
        boolean assignedToMe) {

    public boolean overdue() {
        return workingDaysLeft < 0;
    }

    /** What the queue can be narrowed to; null or false means "any". */
    public record Filter(@Nullable ApplicationStatus status, @Nullable String school, boolean overdueOnly, boolean senOnly,
            boolean mineOnly) {

        public static Filter all() {
            return new Filter(null, null, false, false, false);
        }
    }

    /**
     * One page of the queue.
     *
     * @param offset how many come before the first of {@code items}
     * @param total how many match the filter in all
     */
    public record Page(List<QueueItem> items, int offset, int total) {}
}
