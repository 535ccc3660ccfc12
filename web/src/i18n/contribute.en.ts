/** English texts of the contribution screens: sign-in, account, my entries, moderation and history. */
import type { contributeDe } from './contribute.de.ts'

type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

export const contributeEn: Texts<typeof contributeDe> = {
  account: {
    signIn: 'Sign in',
    signInHeading: 'Sign in',
    signInIntro:
      'With an account you enter your organisation and keep its entries up to date. Accounts are created by the coordinators.',
    email: 'Email address',
    password: 'Password',
    submitSignIn: 'Sign in',
    signingIn: 'Signing in …',
    signInFailed: 'Sign-in failed: the email address or the password is not correct.',
    throttled_one:
      'Too many sign-in attempts. For your security, signing in is blocked; please try again in {{count}} minute.',
    throttled_other:
      'Too many sign-in attempts. For your security, signing in is blocked; please try again in {{count}} minutes.',
    menu: 'Account',
    signedInAs: 'Signed in as {{email}}',
    role: {
      actor: 'Actor',
      coordinator: 'Coordinator',
      admin: 'Administrator',
    },
    roleLabel: 'Role',
    signOut: 'Sign out',
    signedOut: 'You are signed out.',
    accountLink: 'My account',
    setupHeading: 'Set up your account',
    setupIntro: 'Choose the password of your new account. The link works only once.',
    setupNoToken:
      'This link is incomplete. Please open the set-up link exactly as you received it.',
    setupTokenInvalid:
      'This set-up link is unknown, used already or expired. Please ask for a new one.',
    newPassword: 'New password',
    repeatPassword: 'Repeat the new password',
    passwordHint: 'At least 12 characters. A sentence of several words is easy to remember.',
    passwordTooShort: 'The password needs at least 12 characters.',
    passwordsDiffer: 'The two passwords are not the same.',
    submitSetup: 'Set password',
    setupDone: 'Your password is set. You can sign in now.',
    accountHeading: 'My account',
    notSignedIn: 'You are not signed in.',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    currentPasswordWrong: 'This is not your current password.',
    submitPasswordChange: 'Change password',
    passwordChanged:
      'Your password is changed. Your other sessions (on other devices, say) have been ended.',
    formErrors: 'Please check the marked fields.',
    failed: 'That did not work: {{detail}}',
  },
}
