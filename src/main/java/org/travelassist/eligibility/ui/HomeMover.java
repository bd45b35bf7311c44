package org.travelassist.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.travelassist.places.LatLon;

/**
 * Moving home without a pointer (WCAG 2.1.1 and 2.5.7): a button for each direction, a step of
 * {@value #STEP_METRES} metres each, measuring again after every step, as a click on the map does.
 */
class HomeMover extends Div {

    static final int STEP_METRES = 25;
    private static final double METRES_PER_DEGREE = 111_320;

    enum Direction {
        NORTH("north", 1, 0), SOUTH("south", -1, 0), EAST("east", 0, 1), WEST("west", 0, -1);

        final String word;
        final int north;
        final int east;

        Direction(String word, int north, int east) {
            this.word = word;
            this.north = north;
            this.east = east;
        }
    }

    private final Map<Direction, Button> buttons = new EnumMap<>(Direction.class);

    HomeMover(Consumer<Direction> move) {
        setId("home-mover");
        var hint = new Paragraph("Or move your home with these buttons, " + STEP_METRES + " metres at a time. "
                + "We measure again after each move and tell you the new distance.");
        hint.setId("home-mover-hint");
        hint.addClassName("ta-hint");
        var group = new Div();
        group.addClassName("ta-button-group");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", "home-mover-hint");
        for (Direction direction : Direction.values()) {
            var button = new Button("Move home " + STEP_METRES + " m " + direction.word, click -> move.accept(direction));
            button.setId("move-home-" + direction.word);
            buttons.put(direction, button);
            group.add(button);
        }
        add(hint, group);
    }

    /** Puts the keyboard back on the button just used, after the answer is shown again. */
    void focus(Direction direction) {
        buttons.get(direction).focus();
    }

    static LatLon moved(LatLon from, Direction direction) {
        double dLat = direction.north * STEP_METRES / METRES_PER_DEGREE;
        double dLon = direction.east * STEP_METRES / (METRES_PER_DEGREE * Math.cos(Math.toRadians(from.latitude())));
        return new LatLon(from.latitude() + dLat, from.longitude() + dLon);
    }
}
