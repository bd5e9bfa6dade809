// Who is signed in, and how a screen moves to another: shared by the app shell and its screens.
export interface Me {
  userId: string;
  unitId: string;
  roles: string[];
  username?: string;
}

export type Go = (path: string) => void;
