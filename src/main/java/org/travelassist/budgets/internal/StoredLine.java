package org.travelassist.budgets.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.travelassist.budgets.BudgetWorking.Line;
import org.travelassist.shared.Money;

/** A line of the working as stored (JSON): the words and the pence, exactly as the family was shown them. */
public record StoredLine(String text, @Nullable Long pence) {

    static StoredLine of(Line line) {
        return new StoredLine(line.text(), line.amount() == null ? null : line.amount().pence());
    }

    static List<StoredLine> of(List<Line> lines) {
        return lines.stream().map(StoredLine::of).toList();
    }

    Line line() {
        return new Line(text, pence == null ? null : Money.ofPence(pence));
    }
}
