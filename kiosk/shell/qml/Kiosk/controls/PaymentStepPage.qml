pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// How to pay, with what the payment unit takes; then, while paying, what is due, what went in
// and what is still owed, beside a picture of where the money or the IC card goes.
// The service's page gives the view-model (methods, methodNames, method, paying, notes, coins,
// icBrands, parts, pay) and its own words and sums, so each keeps its wording in its catalogue.
FlowPage {
    id: page

    required property var model
    readonly property bool cash: model.method === "cash"
    // "Notes: %1 yen" and "Coins: %1 yen", %1 the list of what the unit takes
    property string notesLine
    property string coinsLine
    property string amountDueText  // before paying, large
    property string problemText    // why the last try to pay did not work ('' for none)
    property string dueLabel
    property string dueAmount
    property string paidLabel
    property string paidAmount
    property string owedLabel
    property string owedAmount
    property string cancelText

    // Cancel payment was touched: the page asks its view-model to stop (cash put in comes back).
    signal cancelRequested()

    function accepted(method) {
        if (method === "cash") {
            const lines = []
            if (page.model.notes.length > 0)
                lines.push(page.notesLine.arg(page.model.notes.join(", ")))
            if (page.model.coins.length > 0)
                lines.push(page.coinsLine.arg(page.model.coins.join(", ")))
            return lines.join("\n")
        }
        return page.model.icBrands.join(", ")
    }

    // -- choosing how to pay -------------------------------------------------------------------

    Column {
        anchors.fill: parent
        visible: !page.model.paying
        spacing: App.theme.spacing * 2

        KLabel {
            objectName: "amountDue"
            text: page.amountDueText
            font.pixelSize: App.theme.titleSize
            font.bold: true
        }

        Notice {
            objectName: "paymentProblem"
            width: parent.width
            visible: page.problemText.length > 0
            text: page.problemText
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
        // As wide as the sums need (a four-digit fee in large text), leaving the picture a third
        width: Math.min(parent.width * 0.66, Math.max(sumsGrid.implicitWidth, acceptedPaying.implicitWidth))
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

            KLabel { text: page.dueLabel; font.pixelSize: App.theme.titleSize }
            KLabel {
                objectName: "amountDuePaying"
                text: page.dueAmount
                font.pixelSize: App.theme.titleSize
                horizontalAlignment: Text.AlignRight
            }
            KLabel {
                visible: page.cash
                text: page.paidLabel
                font.pixelSize: App.theme.titleSize
            }
            KLabel {
                objectName: "amountPaid"
                visible: page.cash
                text: page.paidAmount
                font.pixelSize: App.theme.titleSize
                horizontalAlignment: Text.AlignRight
            }
            KLabel {
                visible: page.cash
                text: page.owedLabel
                font.pixelSize: App.theme.titleSize
                font.bold: true
            }
            KLabel {
                objectName: "amountOwed"
                visible: page.cash
                text: page.owedAmount
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
            text: page.cancelText
            onClicked: page.cancelRequested()
        }
    ]
}
