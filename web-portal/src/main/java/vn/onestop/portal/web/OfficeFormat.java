package vn.onestop.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.NumberFormat;

/** Shares as percentages in the page's language, for the office pages ({@code inject:officeFormat}). */
@Named("officeFormat")
@RequestScoped
public class OfficeFormat {

    @Inject
    View view;

    /** "85,3 %" on a Vietnamese page; "–" when there is nothing to count. */
    public String percent(Double share) {
        if (share == null || share.isNaN()) {
            return "–";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(view.locale());
        percent.setMaximumFractionDigits(1);
        return percent.format(share);
    }
}
