package org.travelassist.eligibility;

/**
 * Who reads the rules' reasons. The public checker speaks to the family ("your child", "say so when you apply");
 * an application's result is read by officers on the case page and quoted in the decision letter, so it speaks
 * of "the child" and tells the officer what is left to judge.
 */
public enum Audience {
    FAMILY,
    OFFICER
}
