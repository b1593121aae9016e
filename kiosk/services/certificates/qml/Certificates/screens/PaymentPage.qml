pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Certificates

// How to pay, with what the payment unit takes; then, while paying, what is due, what went in
// and what is still owed, beside a picture of where the money or the IC card goes.
FlowPage {
    id: page

    readonly property var model: CertificateService.model
    readonly property bool cash: model.method === "cash"

    function accepted(method) {
        if (method === "cash") {
            const lines = []
            if (page.model.notes.length > 0)
                lines.push(qsTr("Notes: %1 yen").arg(page.model.notes.join(", ")))
            if (page.model.coins.length > 0)
                lines.push(qsTr("Coins: %1 yen").arg(page.model.coins.join(", ")))
            return lines.join("\n")
        }
        return page.model.icBrands.join(", ")
    }

    title: qsTr("Payment")
    instructions: model.paying
        ? (cash ? qsTr("Please put coins or notes into the payment unit.")
                : qsTr("Please touch your IC card to the reader of the payment unit."))
        : qsTr("Choose how to pay. The money is only taken once your certificates are printed.")

    // -- choosing how to pay -------------------------------------------------------------------

    Column {
        anchors.fill: parent
        visible: !page.model.paying
        spacing: App.theme.spacing * 2

        KLabel {
            objectName: "amountDue"
            text: qsTr("Amount due: %1 yen").arg(page.model.fee)
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }

        Notice {
            objectName: "paymentProblem"
            width: parent.width
            visible: page.model.problem.length > 0
            text: page.model.problemText
        }

        // The choices side by side, as wide as the longest name needs within the page, and all
        // as tall as the tallest name then needs.
        Row {
            id: methodRow
            readonly property int count: Math.max(1, page.model.methods.length)
            readonly property real choiceWidth: Math.max(App.theme.touchTarget * 6,
                Math.min(widest(), (page.width - spacing * (count - 1)) / count))
            readonly property real buttonHeight: Math.max(App.theme.touchTarget * 2, tallest())
            spacing: App.theme.spacing * 2

            function widest(): real {
                let most = 0
                for (let i = 0; i < children.length; ++i)
                    most = Math.max(most, children[i].naturalWidth ?? 0)
                return most
            }
            function tallest(): real {
                let most = 0
                for (let i = 0; i < children.length; ++i)
                    most = Math.max(most, children[i].neededHeight ?? 0)
                return most
            }

            Repeater {
                model: page.model.methods
                delegate: Column {
                    id: choice
                    required property string modelData
                    required property int index
                    readonly property real naturalWidth: button.implicitWidth
                    readonly property real neededHeight:
                        button.implicitContentHeight + 2 * App.theme.spacing
                    spacing: App.theme.spacing
                    width: methodRow.choiceWidth

                    KButton {
                        id: button
                        objectName: "pay_" + choice.modelData
                        width: parent.width
                        height: methodRow.buttonHeight
                        text: page.model.methodNames[choice.index] ?? choice.modelData
                        detail: page.accepted(choice.modelData)
                        font.pixelSize: App.theme.titleSize
                        onClicked: page.model.pay(choice.modelData)
                    }
                    KLabel {
                        objectName: "accepted_" + choice.modelData
                        width: parent.width
                        visible: text.length > 0
                        text: page.accepted(choice.modelData)
                        color: App.theme.mutedText
                    }
                }
            }
        }
    }

    // -- paying --------------------------------------------------------------------------------

    // The sums, centred on the page's height, scrolling when large text makes them taller.
    ScrollColumn {
        id: sums
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: Math.min(parent.width * 0.5, Math.max(sumsGrid.implicitWidth, acceptedPaying.implicitWidth))
        visible: page.model.paying
        spacing: App.theme.spacing * 2

        Item {
            width: 1
            height: Math.max(0, (sums.height - sumsGrid.implicitHeight - acceptedPaying.height) / 2
                                - sums.spacing * 2)
        }

        Grid {
            id: sumsGrid
            objectName: "paymentSums"
            columns: 2
            columnSpacing: App.theme.spacing * 2
            rowSpacing: App.theme.spacing

            KLabel { text: qsTr("Amount due"); font.pixelSize: App.theme.titleSize }
            KLabel {
                objectName: "amountDuePaying"
                text: qsTr("%1 yen").arg(page.model.fee)
                font.pixelSize: App.theme.titleSize
                horizontalAlignment: Text.AlignRight
            }
            KLabel {
                visible: page.cash
                text: qsTr("Put in so far")
                font.pixelSize: App.theme.titleSize
            }
            KLabel {
                objectName: "amountPaid"
                visible: page.cash
                text: qsTr("%1 yen").arg(page.model.paid)
                font.pixelSize: App.theme.titleSize
                horizontalAlignment: Text.AlignRight
            }
            KLabel {
                visible: page.cash
                text: qsTr("Still to pay")
                font.pixelSize: App.theme.titleSize
                font.bold: true
            }
            KLabel {
                objectName: "amountOwed"
                visible: page.cash
                text: qsTr("%1 yen").arg(page.model.owed)
                font.pixelSize: App.theme.titleSize * 1.4
                font.bold: true
                color: App.theme.accent
                horizontalAlignment: Text.AlignRight
            }
        }

        KLabel {
            id: acceptedPaying
            objectName: "acceptedPaying"
            width: parent.width
            visible: text.length > 0
            text: page.accepted(page.model.method)
            color: App.theme.mutedText
        }
    }

    HardwareGuide {
        objectName: "paymentGuide"
        visible: page.model.paying
        anchors.left: sums.right
        anchors.leftMargin: App.theme.spacing * 3
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        parts: page.model.parts
        action: page.cash ? "cash" : "touchIc"
        note: page.model.notes.length > 0 ? page.model.notes[0] : ""
        coin: page.model.coins.indexOf("100") >= 0 ? "100" : (page.model.coins.length > 0 ? page.model.coins[page.model.coins.length - 1] : "")
    }

    actions: [
        ActionButton {
            objectName: "cancelPaymentButton"
            visible: page.model.paying
            text: qsTr("Cancel payment")
            onClicked: page.model.cancel()
        }
    ]
}
