package dev.pm.core.model;

/**
 * An action item that is not done yet, with the postmortem it belongs to.
 *
 * @param postmortem the postmortem
 * @param action the open item
 */
public record OpenAction(Postmortem postmortem, ActionItem action) {
}
