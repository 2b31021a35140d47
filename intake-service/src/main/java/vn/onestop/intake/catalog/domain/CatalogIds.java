package vn.onestop.intake.catalog.domain;

import java.util.Comparator;

/** Catalog order: procedures before bundles, ids in natural order (P2 before P10). */
public final class CatalogIds {

    public static final Comparator<String> NATURAL = CatalogIds::compareNatural;
    public static final Comparator<CatalogEntry> ORDER =
            Comparator.comparing(CatalogEntry::kind).thenComparing(CatalogEntry::id, NATURAL);

    private CatalogIds() {
    }

    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                String digitsA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
                String digitsB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(digitsA.length(), digitsB.length());
                int byValue = byLength != 0 ? byLength : digitsA.compareTo(digitsB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }
}
