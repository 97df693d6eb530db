package io.tarikh.knowledge;

import java.util.List;

/** Recurring talks whose rounds the press names by number or ordinal ("أستانا 4", "الجولة السابعة من مفاوضات جنيف"). */
public record Series(String id, Forms names) {

    /** Arabic and English names of the series. */
    public record Forms(List<String> ar, List<String> en) {

        public Forms {
            ar = ar == null ? List.of() : List.copyOf(ar);
            en = en == null ? List.of() : List.copyOf(en);
        }
    }
}
