package org.travelassist.load;

/** The harness's knobs, as system properties ({@code -Dload.sessions=1000}); each simulation names its own. */
public final class LoadSettings {

    private LoadSettings() {}

    public static int number(String name, int otherwise) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(otherwise)));
    }

    public static String text(String name, String otherwise) {
        return System.getProperty(name, otherwise);
    }

    public static boolean flag(String name) {
        return Boolean.parseBoolean(System.getProperty(name, "false"));
    }
}
