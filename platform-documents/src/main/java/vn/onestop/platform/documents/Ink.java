package vn.onestop.platform.documents;

/**
 * The colour text is printed in. Red is for what must not be missed on a printed copy (a
 * revocation); everything else is black.
 */
public enum Ink {
    BLACK(0f, 0f, 0f),
    RED(0.75f, 0.05f, 0.05f);

    final float red;
    final float green;
    final float blue;

    Ink(float red, float green, float blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }
}
