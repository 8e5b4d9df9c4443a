/**
 * The facts the Drools rules are evaluated on: small views of the model and of each KPI's
 * {@link dev.planlint.path.KpiPath}. Progress, levels and every directed quantity are defined in
 * {@code dev.planlint.path} (KpiPath, and one class per evaluation scheme); a fact only says where a KPI was written
 * and which path and which scheme's progress the rules judge.
 */
package dev.planlint.facts;
