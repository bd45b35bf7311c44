package org.travelassist.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import org.travelassist.reporting.PolicyYear;
import org.travelassist.reporting.ReportFilter;
import org.travelassist.reporting.SchoolChoice;

/** The dashboard's filters: policy year, school and SEN. Every change redraws the figures at once. */
class ReportFilters extends Div {

    final Select<PolicyYear> year = new Select<>();
    final Select<SchoolChoice> school = new Select<>();
    final Select<ReportFilter.Sen> sen = new Select<>();

    ReportFilters(List<PolicyYear> years, List<SchoolChoice> schools, Consumer<ReportFilter> changed) {
        addClassName("ta-filters");
        year.setLabel("Policy year");
        year.setId("filter-year");
        year.setItems(years);
        year.setItemLabelGenerator(PolicyYear::label);
        year.setValue(years.getFirst());
        school.setLabel("School");
        school.setId("filter-school");
        school.setItems(schools);
        school.setItemLabelGenerator(choice -> choice == null ? "All schools" : choice.name());
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption("All schools");
        sen.setLabel("Special educational needs");
        sen.setId("filter-sen");
        sen.setItems(ReportFilter.Sen.values());
        sen.setItemLabelGenerator(choice -> choice.label);
        sen.setValue(ReportFilter.Sen.ALL);
        year.addValueChangeListener(change -> changed.accept(filter()));
        school.addValueChangeListener(change -> changed.accept(filter()));
        sen.addValueChangeListener(change -> changed.accept(filter()));
        add(year, school, sen);
    }

    ReportFilter filter() {
        return new ReportFilter(year.getValue(), school.getValue() == null ? null : school.getValue().urn(), sen.getValue());
    }
}
