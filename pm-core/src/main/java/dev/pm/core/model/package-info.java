/**
 * The postmortem model: immutable records of the front matter, the incident and the three R's (Regret, Reason,
 * Remedy), and the {@link dev.pm.core.model.Archive} of them. Depends on nothing but the JDK.
 */
package dev.pm.core.model;
