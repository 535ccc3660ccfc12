/** German texts of the contribution screens: sign-in, account, my entries, moderation and history. */
export const contributeDe = {
  account: {
    signIn: 'Anmelden',
    signInHeading: 'Anmelden',
    signInIntro:
      'Mit einem Konto tragen Sie Ihre Organisation ein und halten ihre Einträge aktuell. Konten legt die Koordination an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submitSignIn: 'Anmelden',
    signingIn: 'Anmeldung läuft …',
    signInFailed:
      'Die Anmeldung ist fehlgeschlagen: E-Mail-Adresse oder Passwort ist nicht korrekt.',
    throttled_one:
      'Zu viele Anmeldeversuche. Aus Sicherheitsgründen ist die Anmeldung gesperrt; bitte versuchen Sie es in {{count}} Minute erneut.',
    throttled_other:
      'Zu viele Anmeldeversuche. Aus Sicherheitsgründen ist die Anmeldung gesperrt; bitte versuchen Sie es in {{count}} Minuten erneut.',
    menu: 'Konto',
    signedInAs: 'Angemeldet als {{email}}',
    role: {
      actor: 'Akteur',
      coordinator: 'Koordination',
      admin: 'Administration',
    },
    roleLabel: 'Rolle',
    signOut: 'Abmelden',
    signedOut: 'Sie sind abgemeldet.',
    accountLink: 'Mein Konto',
    setupHeading: 'Konto einrichten',
    setupIntro: 'Legen Sie das Passwort für Ihr neues Konto fest. Der Link gilt nur einmal.',
    setupNoToken:
      'Dieser Link ist unvollständig. Bitte öffnen Sie den Einrichtungslink genau so, wie Sie ihn erhalten haben.',
    setupTokenInvalid:
      'Dieser Einrichtungslink ist unbekannt, schon benutzt oder abgelaufen. Bitte fragen Sie nach einem neuen.',
    newPassword: 'Neues Passwort',
    repeatPassword: 'Neues Passwort wiederholen',
    passwordHint: 'Mindestens 12 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken.',
    passwordTooShort: 'Das Passwort braucht mindestens 12 Zeichen.',
    passwordsDiffer: 'Die beiden Passwörter stimmen nicht überein.',
    submitSetup: 'Passwort festlegen',
    setupDone: 'Ihr Passwort ist festgelegt. Sie können sich jetzt anmelden.',
    accountHeading: 'Mein Konto',
    notSignedIn: 'Sie sind nicht angemeldet.',
    changePassword: 'Passwort ändern',
    currentPassword: 'Aktuelles Passwort',
    currentPasswordWrong: 'Das ist nicht Ihr aktuelles Passwort.',
    submitPasswordChange: 'Passwort ändern',
    passwordChanged:
      'Ihr Passwort ist geändert. Ihre anderen Anmeldungen (etwa auf anderen Geräten) wurden beendet.',
    formErrors: 'Bitte prüfen Sie die markierten Felder.',
    failed: 'Das hat nicht geklappt: {{detail}}',
  },
} as const
