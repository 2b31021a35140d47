package vn.onestop.rating.indices.domain;

/**
 * Version 3 of the Decision 766 scoring: version 2's criteria (docs/indices.md §6), with online
 * payment (4.1) scored now that the platform takes fees online: 10 × fee-bearing dossiers paid online
 * ÷ fee-bearing dossiers. Version 2 is kept as it was, for the snapshots taken with it.
 */
public final class Formula766V3 extends Formula766V2 {

    public static final String VERSION = "766-v3";

    public Formula766V3() {
        super(VERSION, true);
    }
}
