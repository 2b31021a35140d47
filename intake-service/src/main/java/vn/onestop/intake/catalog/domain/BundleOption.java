package vn.onestop.intake.catalog.domain;

import java.util.List;

/**
 * An optional branch of a bundle the applicant may choose at submission (the death bundle's funeral
 * and survivor allowances). Members in no option are always part of the bundle.
 */
public record BundleOption(String id, List<String> members, String name, String nameEn) {

    public BundleOption {
        members = List.copyOf(members);
    }
}
