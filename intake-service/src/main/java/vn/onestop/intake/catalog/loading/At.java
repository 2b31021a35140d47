package vn.onestop.intake.catalog.loading;

/**
 * One item of a catalog file under check: its file, its name in problems ({@code entry P2 v1}), its
 * JSON pointer in the file ({@code /entries/3}), what the schema left intact, and where problems go.
 */
record At(String file, String item, String pointer, Shape shape, Problems problems) {

    static At of(CatalogFile.Parsed file, String section, int index, String item, Problems problems) {
        return new At(file.name(), item, "/" + section + "/" + index, file.shape(), problems);
    }

    /** Whether the schema accepted the whole item. */
    boolean ok() {
        return shape.ok(pointer);
    }

    /** Whether the schema accepted {@code path} of the item ({@code timeLimit}, {@code components/2}). */
    boolean ok(String path) {
        return shape.ok(pointer + "/" + path);
    }

    void problem(ProblemCode code, String message) {
        problems.add(file, item, code, message);
    }
}
