/**
 * What a KPI means, computed once per KPI and as-of date: {@link dev.planlint.path.KpiPath} (yearly levels, the sign
 * of improvement, the values known and the one latest of them, directed quantities) and its
 * {@link dev.planlint.path.Progress} under each {@link dev.planlint.path.Scheme}, each scheme's figure worked out by
 * the class of its name. Rules grade these figures; renderers show them; nothing else computes them.
 */
package dev.planlint.path;
