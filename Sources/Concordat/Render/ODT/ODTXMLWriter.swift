/// The ODT parts are written with the XML writer every zipped format shares.
typealias ODTXMLWriter = XMLPartWriter
