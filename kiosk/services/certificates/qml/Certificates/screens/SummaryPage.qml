import QtQuick
import Kiosk
import Certificates

// What will be printed and what it costs, before any money is asked for.
FlowPage {
    id: page

    title: qsTr("Check your order")
    instructions: qsTr("If this is right, touch Pay. You can still go back.")

    // Centred on the page; long values wrap, and the list scrolls when large text makes it taller.
    ScrollColumn {
        id: view
        anchors.fill: parent

        Item {
            width: 1
            height: Math.max(0, (view.height - summary.height) / 2)
        }

        // Labels beside their values while the labels take at most 40 % of the width; beyond
        // that (large text, long words) each label stands above its value in one column.
        Grid {
            id: summary
            objectName: "orderSummary"
            readonly property int gap: App.theme.spacing * 3
            readonly property real labelsWidth: Math.max(shown(certificateLabel), shown(whoseLabel),
                shown(alsoLabel), shown(copiesLabel), shown(feeLabel))
            readonly property real valuesWidth: Math.max(shown(certificateValue), shown(whoseValue),
                shown(headValue), shown(honsekiValue), shown(nothingValue), shown(copiesValue),
                shown(feeValue))
            readonly property bool stacked: labelsWidth > view.width * 0.4
            readonly property real labelWidth: stacked ? view.width : labelsWidth
            readonly property real valueWidth:
                stacked ? view.width : Math.min(valuesWidth, view.width - labelsWidth - gap)

            anchors.horizontalCenter: parent.horizontalCenter
            columns: stacked ? 1 : 2
            columnSpacing: gap
            rowSpacing: stacked ? App.theme.spacing / 2 : App.theme.spacing

            // The width a shown line needs unwrapped; nothing for a hidden one.
            function shown(line: KLabel): real {
                return line.visible ? line.implicitWidth : 0
            }

            KLabel {
                id: certificateLabel
                width: summary.labelWidth
                text: qsTr("Certificate")
                color: App.theme.mutedText
            }
            KLabel {
                id: certificateValue
                width: summary.valueWidth
                text: CertificateService.model.chosenName
                font.bold: true
            }

            KLabel {
                id: whoseLabel
                width: summary.labelWidth
                visible: CertificateService.model.hasOptions
                text: qsTr("Whose entries")
                color: App.theme.mutedText
            }
            KLabel {
                id: whoseValue
                width: summary.valueWidth
                visible: CertificateService.model.hasOptions
                text: CertificateService.model.wholeHousehold ? qsTr("Everyone in my household") : qsTr("Only me")
                font.bold: true
            }

            KLabel {
                id: alsoLabel
                width: summary.labelWidth
                visible: CertificateService.model.hasOptions
                text: qsTr("Also show")
                color: App.theme.mutedText
            }
            Column {
                width: summary.valueWidth
                visible: CertificateService.model.hasOptions
                KLabel {
                    id: headValue
                    width: parent.width
                    visible: CertificateService.model.headRelationship
                    text: qsTr("Head of household and relationship")
                    font.bold: true
                }
                KLabel {
                    id: honsekiValue
                    width: parent.width
                    visible: CertificateService.model.honseki
                    text: qsTr("Registered domicile and head of family register")
                    font.bold: true
                }
                KLabel {
                    id: nothingValue
                    width: parent.width
                    visible: !CertificateService.model.headRelationship && !CertificateService.model.honseki
                    text: qsTr("Nothing else")
                    font.bold: true
                }
            }

            KLabel {
                id: copiesLabel
                width: summary.labelWidth
                text: qsTr("Copies")
                color: App.theme.mutedText
            }
            KLabel {
                id: copiesValue
                width: summary.valueWidth
                text: CertificateService.model.copies.toString()
                font.bold: true
            }

            KLabel {
                id: feeLabel
                width: summary.labelWidth
                text: qsTr("Fee")
                color: App.theme.mutedText
            }
            KLabel {
                id: feeValue
                objectName: "feeText"
                width: summary.valueWidth
                text: qsTr("%1 yen").arg(CertificateService.model.fee)
                font.bold: true
                font.pixelSize: App.theme.titleSize
            }
        }

    }

    actions: [
        ActionButton {
            objectName: "payButton"
            text: qsTr("Pay")
            primary: true
            onClicked: CertificateService.model.confirm()
        }
    ]
}
