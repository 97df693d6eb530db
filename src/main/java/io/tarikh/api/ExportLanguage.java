package io.tarikh.api;

import io.tarikh.api.problem.ProblemException;

/** The language of a timeline export: its BCP 47 tag and writing direction, as markup needs them. */
public enum ExportLanguage {
    AR("ar", "rtl"), EN("en", "ltr");

    private final String tag;
    private final String dir;

    ExportLanguage(String tag, String dir) {
        this.tag = tag;
        this.dir = dir;
    }

    public String tag() {
        return tag;
    }

    public String dir() {
        return dir;
    }

    /** The lang query parameter: absent is Arabic, anything but ar or en a 400 naming it. */
    public static ExportLanguage parse(String lang) {
        if (lang == null || lang.isBlank()) {
            return AR;
        }
        for (ExportLanguage l : values()) {
            if (l.tag.equals(lang.strip())) {
                return l;
            }
        }
        throw ProblemException.badRequest("lang", "'lang' must be ar or en; got '" + lang + "'");
    }

    public String pick(LocalizedText text) {
        return this == EN || text.ar() == null ? text.en() : text.ar();
    }
}
