/**
 * Hub services on top of the store, for the server and the command line: governed editing of
 * golden records ({@link dev.golden.hub.CustomerEditor}, {@link dev.golden.hub.ChangeApprovals}),
 * re-verification of ageing values ({@link dev.golden.hub.Freshness}) and data-quality figures
 * over time ({@link dev.golden.hub.QualityMetrics}).
 */
package dev.golden.hub;
