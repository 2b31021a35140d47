/**
 * The one PDF layout of the forms the platform prints: A4 pages with the national motto header,
 * labelled lines, bordered tables and wrapped Vietnamese text in embedded DejaVu Sans, and QR codes
 * drawn as vector squares. A form (intake's receipt, results' result document, the forms to come)
 * writes only its own content through a {@link vn.onestop.platform.documents.PdfWriter} that
 * {@link vn.onestop.platform.documents.PdfForm#render} hands it. Plain Java: PDFBox and ZXing,
 * no framework types, so the forms stay unit-testable without Quarkus.
 */
package vn.onestop.platform.documents;
