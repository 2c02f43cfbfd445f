// Generated from the OpenAPI document by `npm run generate:api`. Do not edit.
export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the app and its database answer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Healthy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Health'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the firm still has to be created (first visit) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Setup status */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SetupStatus'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create the firm and its owner, and sign the owner in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['Setup'];
        };
      };
      responses: {
        /** @description Signed in as the owner */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm: name, currency, locale, fiscal-year start */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The firm */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Workspace'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the firm's settings */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WorkspaceUpdate'];
        };
      };
      responses: {
        /** @description The firm */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Workspace'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, the firm, and the CSRF token */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Sign in (rate-limited; every attempt is logged) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SignIn'];
        };
      };
      responses: {
        /** @description Signed in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Sign out */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your own name or language */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProfileUpdate'];
        };
      };
      responses: {
        /** @description Your profile */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password; your other sessions end */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PasswordChange'];
        };
      };
      responses: {
        /** @description Changed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The professionals of the firm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Users */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['User'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One professional */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The user */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change role or name, disable or enable an account */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['UserUpdate'];
        };
      };
      responses: {
        /** @description The user */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/users/{id}/end-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End all of a user's sessions */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Sessions ended */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ended: number;
            };
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open invitations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Invitations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Invitation'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Invite a professional with a role (the link is valid 14 days) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InvitationCreate'];
        };
      };
      responses: {
        /** @description The invitation and its one-time token */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvitationCreated'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an invitation */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Withdrawn */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: set a password and sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InvitationAccept'];
        };
      };
      responses: {
        /** @description Signed in */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your API tokens */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Tokens */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ApiToken'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create an API token (the secret is shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApiTokenCreate'];
        };
      };
      responses: {
        /** @description The token */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApiTokenCreated'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of your API tokens */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List organisations: search, filter, sort, page by cursor */
    get: {
      parameters: {
        query?: {
          /** @description Search in name, legal name, city and KvK number; ignores case and diacritics */
          q?: string;
          status?: 'prospect' | 'client' | 'former';
          relationLevel?: 'strategic' | 'business_unit' | 'team' | 'other';
          relationshipManagerId?: string;
          sector?: string;
          /** @description Only clients in this category of the firm's primary scheme now */
          category?: string;
          archived?: 'exclude' | 'include' | 'only';
          sort?:
            | 'name'
            | '-name'
            | 'city'
            | '-city'
            | 'status'
            | 'clientSince'
            | '-clientSince'
            | 'revenue'
            | '-revenue'
            | '-createdAt';
          limit?: number;
          /** @description nextCursor of the previous page */
          cursor?: string;
          /** @description Also count all matching organisations */
          withTotal?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of organisations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrganizationPage'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Create an organisation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['OrganizationCreate'];
        };
      };
      responses: {
        /** @description The organisation */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The organisation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change fields of an organisation */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['OrganizationUpdate'];
        };
      };
      responses: {
        /** @description The organisation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/organizations/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive an organisation (it leaves the lists; nothing is deleted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The organisation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an archived organisation back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The organisation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's contact persons, sorted by last name without the infix */
    get: {
      parameters: {
        query?: {
          /** @description Also list contacts who left */
          include?: 'active' | 'all';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Contact persons */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Contact'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a contact person to an organisation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ContactCreate'];
        };
      };
      responses: {
        /** @description The contact person */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Contact'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find contact persons by name, e-mail or phone, each with its organisation */
    get: {
      parameters: {
        query: {
          /** @description Words in the name, e-mail or phone; ignores case and diacritics */
          q: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Contact persons found */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ContactHit'][];
            };
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contact person */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The contact person */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Contact'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change fields of a contact person */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ContactUpdate'];
        };
      };
      responses: {
        /** @description The contact person */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Contact'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/contacts/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A contact person leaves: end them on a date (kept as history) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ContactEnd'];
        };
      };
      responses: {
        /** @description The contact person */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Contact'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/contacts.vcf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's current contact persons as vCard 4.0 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The contact persons, one vCard each */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/vcard': Blob;
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/contacts.vcf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current contact persons of all organisations not archived, as vCard 4.0 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The contact persons, one vCard each */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/vcard': Blob;
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/contacts/vcard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a vCard file (4.0, 3.0 or 2.1, at most 5 MB) as contact persons; a dry run writes nothing */
    post: {
      parameters: {
        query?: {
          /** @description Report what the import would do and write nothing */
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/vcard': string;
        };
      };
      responses: {
        /** @description What became of each card */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['VCardImportResult'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/{entityType}/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The change history of one record: who, when, what, before → after */
    get: {
      parameters: {
        query?: {
          before?: number;
          limit?: number;
        };
        header?: never;
        path: {
          entityType: 'organization' | 'contact' | 'user' | 'activity';
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Audit entries, newest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditPage'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The fiscal years with revenue */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Years */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioYears'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The client base of a fiscal year: revenue, shares, Pareto, concentration, ABC, growth */
    get: {
      parameters: {
        query?: {
          /** @description Fiscal year, named by the calendar year it starts in; default the latest with revenue */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The portfolio */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Portfolio'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio/bridge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The revenue bridge of a fiscal year against the year before, with its clients */
    get: {
      parameters: {
        query?: {
          /** @description Fiscal year, named by the calendar year it starts in; default the latest with revenue */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The revenue bridge */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RevenueBridge'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per fiscal year: revenue, active clients, concentration and where revenue came from */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The years */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioTrend'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The portfolio matrix of a fiscal year: revenue or margin against growth */
    get: {
      parameters: {
        query?: {
          /** @description Fiscal year, named by the calendar year it starts in; default the latest with revenue */
          year?: number;
          measure?: 'revenue' | 'margin';
          bubble?: 'margin' | 'hours' | 'none';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The matrix */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioMatrix'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One client's revenue per fiscal year (the last ten), its share and ABC class in the portfolio's year, and the norms it is served by */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The client's figures */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientFigures'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portfolio/matrix/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How clients moved between the matrix's quadrants from the year before to this fiscal year */
    get: {
      parameters: {
        query?: {
          /** @description Fiscal year, named by the calendar year it starts in; default the latest with revenue */
          year?: number;
          measure?: 'revenue' | 'margin';
          bubble?: 'margin' | 'hours' | 'none';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The moves */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PortfolioMatrixMoves'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The annual review of a fiscal year: per client with revenue the figures beside the review questions, the signs that it costs more than it brings, and its latest decision */
    get: {
      parameters: {
        query?: {
          /** @description Fiscal year, named by the calendar year it starts in; default the latest with revenue */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The annual review */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AnnualReview'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's review decisions over the years, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The decisions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientDecisionList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record the review decision about a client: invest, maintain, improve or part ways (earlier decisions are kept) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ClientDecisionCreate'];
        };
      };
      responses: {
        /** @description The decision */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientDecision'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The revenue plan of a fiscal year: the amounts set or a proposal from the revenue bridges, start, target and growth, and the revenue so far against it */
    get: {
      parameters: {
        query?: {
          /** @description Fiscal year, named by the calendar year it starts in; default the current one */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RevenuePlan'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plan/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a fiscal year's plan: growth at existing clients, revenue from new clients and expected loss. The firm's target, so only those who manage the firm (workspace.manage) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RevenuePlanInput'];
        };
      };
      responses: {
        /** @description The plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RevenuePlan'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acquisition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cost of one valuable new client in a fiscal year: the investment, the new clients (one-off ones and those the firm would rather see go left out) and the cost per client */
    get: {
      parameters: {
        query?: {
          /** @description Fiscal year, named by the calendar year it starts in; default the latest with revenue */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The cost of a new client */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AcquisitionCost'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acquisition/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set what a fiscal year's winning of new clients cost: hours at a rate, plus money. The firm's own figures, so only those who manage the firm (workspace.manage) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AcquisitionInvestmentInput'];
        };
      };
      responses: {
        /** @description The cost of a new client */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AcquisitionCost'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/revenue/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read a revenue file (CSV, XLSX or XML Auditfile) and report what an import would do */
    post: {
      parameters: {
        query: {
          fileName: string;
          sheet?: string;
          /** @description JSON: field → header text or 1-based column */
          mapping?: string;
          /** @description Row numbers to leave out: 3,4,120 */
          skipRows?: string;
          /** @description Create unknown customers as clients (else their lines are left out) */
          createCustomers?: string;
          /** @description With rows that cannot be read: import the others (else nothing) */
          importGoodRows?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': Blob;
        };
      };
      responses: {
        /** @description What the import would do; nothing is written */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RevenueImportCheck'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/revenue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a revenue file in one transaction; lines already there are not written again */
    post: {
      parameters: {
        query: {
          fileName: string;
          sheet?: string;
          /** @description JSON: field → header text or 1-based column */
          mapping?: string;
          /** @description Row numbers to leave out: 3,4,120 */
          skipRows?: string;
          /** @description Create unknown customers as clients (else their lines are left out) */
          createCustomers?: string;
          /** @description With rows that cannot be read: import the others (else nothing) */
          importGoodRows?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': Blob;
        };
      };
      responses: {
        /** @description What the import did */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RevenueImportResult'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/assignments/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read an assignments file (CSV or XLSX) and report what an import would do */
    post: {
      parameters: {
        query: {
          fileName: string;
          sheet?: string;
          /** @description JSON: field → header text or 1-based column */
          mapping?: string;
          /** @description Row numbers to leave out: 3,4,120 */
          skipRows?: string;
          /** @description Create unknown customers as clients (else their lines are left out) */
          createCustomers?: string;
          /** @description With rows that cannot be read: import the others (else nothing) */
          importGoodRows?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': Blob;
        };
      };
      responses: {
        /** @description What the import would do; nothing is written */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssignmentImportCheck'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import an assignments file in one transaction; assignments already there stay single */
    post: {
      parameters: {
        query: {
          fileName: string;
          sheet?: string;
          /** @description JSON: field → header text or 1-based column */
          mapping?: string;
          /** @description Row numbers to leave out: 3,4,120 */
          skipRows?: string;
          /** @description Create unknown customers as clients (else their lines are left out) */
          createCustomers?: string;
          /** @description With rows that cannot be read: import the others (else nothing) */
          importGoodRows?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': Blob;
        };
      };
      responses: {
        /** @description What the import did */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssignmentImportResult'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/criteria': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's criteria: the standard fifteen (on or off) and its own, in order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The criteria */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CriterionList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add the firm's own criterion, switched on */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CriterionCreate'];
        };
      };
      responses: {
        /** @description The criterion */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Criterion'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/criteria/preset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Switch on the standard catalogue, or the freelancer's poen, pret & prestige */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CriteriaPreset'];
        };
      };
      responses: {
        /** @description The criteria */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CriterionList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/criteria/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put the criteria in this order (the columns of the scoring matrix) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CriteriaOrder'];
        };
      };
      responses: {
        /** @description The criteria */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CriterionList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/criteria/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove the firm's own criterion with its scores (standard ones are switched off) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Switch a criterion on or off, or change its weight, scale, name or data mapping */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CriterionUpdate'];
        };
      };
      responses: {
        /** @description The criterion */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Criterion'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/category-schemes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's category schemes; A/B/C on the weighted grade to start with */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The schemes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategorySchemeList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a preset scheme or the firm's own, with its categories, boundaries and method */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CategorySchemeCreate'];
        };
      };
      responses: {
        /** @description The scheme */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryScheme'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One category scheme */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The scheme */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryScheme'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a scheme that is not the primary one, with its classifications and goals */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename a scheme or change its categories, boundaries or method */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CategorySchemeUpdate'];
        };
      };
      responses: {
        /** @description The scheme */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryScheme'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/primary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a value scheme the firm's primary one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The scheme */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryScheme'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/scoring-matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scoring matrix: every client by the active criteria, with total, grade and category */
    get: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
          /** @description The fiscal year whose figures score the data criteria; default the latest */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The scoring matrix */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScoringMatrix'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/classifications/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Who would move with these weights, categories or method, against the latest commit (nothing is saved) */
    post: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ClassificationChanges'];
        };
      };
      responses: {
        /** @description The moves */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationPreview'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/classifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save the changes and commit a classification: every client with its category, kept with the date, method, weights and boundaries */
    post: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ClassificationCommit'];
        };
      };
      responses: {
        /** @description The classification */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationCommitted'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/classifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scheme's committed classifications, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The classifications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClassificationList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's scores per criterion: every scorer's, the agreed one, and disagreements */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The scores */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientScores'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/scores/{criterionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Score a client on a criterion: one's own score, or the agreed one (null clears it) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          criterionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScoreInput'];
        };
      };
      responses: {
        /** @description The scores */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientScores'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/category-explanation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Why a client is in its category, and what it would take to move up */
    get: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The explanation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryExplanation'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's categories: every committed one, and those set by hand */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The categories */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientCategories'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/category-override': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a client's category by hand, with the reason; it wins over the computed one */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CategoryOverrideInput'];
        };
      };
      responses: {
        /** @description The override */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryOverride'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Clear a client's category set by hand */
    delete: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prospect-profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ideal prospect: the profile the top category's clients share at the latest commit, and the firm's own edits to it */
    get: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The prospect profile */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProspectProfile'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Keep the firm’s own profile: which sectors, size classes, regions and services count */
    put: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProspectProfileEdit'];
        };
      };
      responses: {
        /** @description The prospect profile */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProspectProfile'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Drop the firm's own profile: the derived one counts again */
    delete: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/prospects/fit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every prospect's fit with the profile (0–100, null when nothing can be compared), with the reasons, best first */
    get: {
      parameters: {
        query?: {
          /** @description Default: the firm's primary scheme */
          schemeId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The prospects */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProspectFitList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The goals per category of a scheme, on the method's measures or the firm's own */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The goals */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryGoalList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Set a goal for a category: a measure of the method's six kinds, or the firm's own */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CategoryGoalCreate'];
        };
      };
      responses: {
        /** @description The goal */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryGoal'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/goals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a goal */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a goal's target or direction (a custom goal's name and unit too) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CategoryGoalUpdate'];
        };
      };
      responses: {
        /** @description The goal */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryGoal'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/goals/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each goal against the year's actual of the clients holding the category now: met, not met, or not measured yet */
    get: {
      parameters: {
        query?: {
          /** @description The fiscal year to measure; default the latest with figures */
          year?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The progress */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryGoalProgress'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/value-tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's value tags: kinds of value beside its category (money, influence …) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The tags */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ValueTags'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Replace a client's value tags */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ValueTagsInput'];
        };
      };
      responses: {
        /** @description The tags */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ValueTags'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/value-tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's value tags in use, with how many clients carry each, most used first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The tags in use */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FirmValueTags'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An organisation's relationship activities, newest first, filtered by status and P */
    get: {
      parameters: {
        query?: {
          status?: 'planned' | 'done';
          /** @description One P, or none for the activities without a P */
          p?: 'project' | 'person' | 'process' | 'partnership' | 'none';
          limit?: number;
          /** @description nextCursor of the previous page */
          cursor?: string;
          /** @description Also count all matching activities */
          withTotal?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of activities */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ActivityPage'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Log or plan a relationship activity; without a P the type's suggested P is stored */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ActivityCreate'];
        };
      };
      responses: {
        /** @description The activity */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Activity'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One relationship activity */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The activity */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Activity'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove an activity (the audit log keeps what it was) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an activity: mark it done, move it, set its P, mark the follow-up done */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ActivityUpdate'];
        };
      };
      responses: {
        /** @description The activity */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Activity'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/activities/{id}/contacts/{contactId}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** What a contact person invited answered: accepted, declined, or none (taken back) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          contactId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      responses: {
        /** @description The activity */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Activity'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/four-ps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The balance of the four P's of a client's done activities over a period */
    get: {
      parameters: {
        query?: {
          /** @description First day; default a year before the last */
          from?: string;
          /** @description Last day, included; default today */
          to?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The balance beside the advised order */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FourPBalance'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Is the service concept delivered? The fiscal year per category and per professional, and the clients that fall short, most valuable first */
    get: {
      parameters: {
        query?: {
          /** @description Default: the fiscal year of today */
          fiscalYear?: number;
          /** @description At most this many clients that fall short */
          limit?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The compliance report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplianceReport'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compliance/four-ps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The balance of the four P's of the current clients' done activities over the fiscal year, per category, beside the advised order */
    get: {
      parameters: {
        query?: {
          /** @description Default: the fiscal year of today */
          fiscalYear?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The four P's per category */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FourPsByCategory'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/service-concepts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The service concept of every category of a scheme: the firm's norms, or the defaults */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The concepts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceConceptList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/service-concepts/{category}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a category's norms: contact interval, call-back, proposal turnaround, gifts … */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description The category's key */
          category: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ServiceNormsInput'];
        };
      };
      responses: {
        /** @description The concept */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceConcept'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Back to the default norms for a category */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description The category's key */
          category: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/service-concepts/preset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the concepts from a preset of the method's examples */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ServiceConceptPreset'];
        };
      };
      responses: {
        /** @description The concepts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ServiceConceptList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's proposals, the latest request first, each with its turnaround */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The proposals */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProposalList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record a proposal requested by a client (or a prospect) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProposalCreate'];
        };
      };
      responses: {
        /** @description The proposal */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Proposal'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The proposal board: every open proposal and those decided lately, by column place */
    get: {
      parameters: {
        query?: {
          ownerId?: string;
          /** @description Won and lost proposals decided on or after this day (default: 90 days ago) */
          decidedSince?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The proposals */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProposalList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/proposals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One proposal */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The proposal */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Proposal'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a proposal */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a proposal: its stage (the days it implies are filled in), value, owner … */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ProposalUpdate'];
        };
      };
      responses: {
        /** @description The proposal */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Proposal'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/organizations/{id}/call-backs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's call-back requests, oldest first, each against its category's norm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The call-backs */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallBackList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Note that a client called and wants to be called back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CallBackCreate'];
        };
      };
      responses: {
        /** @description The call-back */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallBack'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/call-backs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's call-back requests, for one professional or open only */
    get: {
      parameters: {
        query?: {
          forUserId?: string;
          /** @description true: only calls not returned yet */
          open?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The call-backs */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallBackList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/call-backs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One call-back request */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The call-back */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallBack'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a call-back request */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Mark a call returned (or not yet), pass it to someone else, change the note */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CallBackUpdate'];
        };
      };
      responses: {
        /** @description The call-back */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CallBack'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A professional's due and overdue contacts, call-backs, proposals, planned activities and follow-ups, most valuable client first */
    get: {
      parameters: {
        query?: {
          /** @description Default: the one asking */
          userId?: string;
          /** @description Also what falls due up to this day; default today */
          until?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The worklist */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Worklist'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/today': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's calendar day, on its clock (the workspace's time zone) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Today */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Today'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether you have a calendar feed, since when, and when it was last fetched */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Your calendar feed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CalendarFeed'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** A new secret calendar feed address (shown once); an earlier one stops working */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The new address */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CalendarFeedCreated'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Revoke your calendar feed: its address stops working */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Revoked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A professional's planned activities and due and overdue worklist items as iCalendar (the secret in the address is the credential) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description <workspace>.<secret>.ics, as given when the feed was created */
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The calendar */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/calendar': string;
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/weekly-digest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether you receive the weekly digest of your worklist by mail */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Your setting */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WeeklyDigest'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Turn your weekly digest on or off */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WeeklyDigestUpdate'];
        };
      };
      responses: {
        /** @description Your setting */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WeeklyDigest'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/account-team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's relationship manager, second professional and account team, and who directs the relationship at its relation level */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The account team */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountTeam'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Set a client's account team: the firm's professionals, one of them the lead */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AccountTeamUpdate'];
        };
      };
      responses: {
        /** @description The account team */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccountTeam'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/gifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The gifts to a client's contact persons, newest first, with their warnings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The gifts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['GiftList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Plan or register a gift to a contact person of the client */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GiftCreate'];
        };
      };
      responses: {
        /** @description The gift */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Gift'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's gift register over a period, newest first, with clients and contact persons */
    get: {
      parameters: {
        query?: {
          /** @description First day; default a year before the last */
          from?: string;
          /** @description Last day, included; default today */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The register */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['GiftRegister'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/gifts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One gift with its warnings and checklist */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The gift */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Gift'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a gift (the audit log keeps what it was) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a gift: tick requirements, move it, register it as given */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['GiftUpdate'];
        };
      };
      responses: {
        /** @description The gift */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Gift'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/organizations/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's evaluations, the latest first, each with the plan it opened */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The evaluations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record a client's evaluation; below the firm's norm it opens an improvement plan, at or above it closes the open ones */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EvaluationCreate'];
        };
      };
      responses: {
        /** @description The evaluation */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Evaluation'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evaluations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One evaluation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The evaluation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Evaluation'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove an evaluation, with the plan it opened; the plans it closed open again */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Correct an evaluation; its plans follow the corrected score */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['EvaluationUpdate'];
        };
      };
      responses: {
        /** @description The evaluation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Evaluation'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/evaluations-due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The evaluations due after assignments that ended in the last year and are not evaluated yet */
    get: {
      parameters: {
        query?: {
          /** @description Only this relationship manager's clients; default: the whole firm */
          userId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The evaluations due */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationDueList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/improvement-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's improvement plans, open or closed, the earliest due first */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'closed';
          organizationId?: string;
          /** @description Only the plans this professional answers for */
          userId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The plans */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImprovementPlanList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/improvement-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One improvement plan */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImprovementPlan'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Say what, who, by when and at what cost; close it by hand or open it again */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ImprovementPlanUpdate'];
        };
      };
      responses: {
        /** @description The plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImprovementPlan'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/ambassador-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts whose latest recommend score is a 9 or a 10 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The candidates */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AmbassadorCandidateList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/satisfaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The satisfaction report of a fiscal year: evaluations, average scores, intentions and the assignments evaluated, per category and per relationship manager, with those not evaluated */
    get: {
      parameters: {
        query?: {
          /** @description Default: the fiscal year of today */
          fiscalYear?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The satisfaction report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SatisfactionReport'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/at-risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clients at risk, the highest priority first (the risk weighed by the category, so an A-client comes before a C-client at the same risk), each with every signal and its evidence */
    get: {
      parameters: {
        query?: {
          /** @description Only the clients this professional manages */
          managerId?: string;
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The clients at risk */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AtRiskList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/signals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's signals with their evidence, and the acute signals recorded for it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The client's signals */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientSignals'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/acute-signals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an acute signal heard from the client: it counts for half a year */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind:
              | 'threatensToLeave'
              | 'asksRatesAgain'
              | 'asksNewQuoteForRepeatWork'
              | 'asksOtherContactPerson'
              | 'objectsToInvoices'
              | 'seriousComplaint';
            /**
             * @description Default: today
             * @example 2024-12-31
             */
            recordedOn?: string;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description The signal recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecordedSignal'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/acute-signals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an acute signal recorded by mistake */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/signal-dismissals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss a signal the client shows now, with the reason; it returns when its evidence changes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind:
              | 'threatensToLeave'
              | 'asksRatesAgain'
              | 'asksNewQuoteForRepeatWork'
              | 'asksOtherContactPerson'
              | 'objectsToInvoices'
              | 'seriousComplaint'
              | 'revenueDeclining'
              | 'orderingRhythmBroken'
              | 'contactPersonsChanged'
              | 'mainContactLeft'
              | 'personalContactLow'
              | 'creditNotes'
              | 'evaluationsBelowNorm'
              | 'evaluationsFalling';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/signal-dismissals/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a dismissal back: the signal counts again */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          kind:
            | 'threatensToLeave'
            | 'asksRatesAgain'
            | 'asksNewQuoteForRepeatWork'
            | 'asksOtherContactPerson'
            | 'objectsToInvoices'
            | 'seriousComplaint'
            | 'revenueDeclining'
            | 'orderingRhythmBroken'
            | 'contactPersonsChanged'
            | 'mainContactLeft'
            | 'personalContactLow'
            | 'creditNotes'
            | 'evaluationsBelowNorm'
            | 'evaluationsFalling';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/early-warning/weights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's weight of each signal, and the defaults */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The weights */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SignalWeights'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the weight of some signals (0–100) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            weights: {
              threatensToLeave?: number;
              asksRatesAgain?: number;
              asksNewQuoteForRepeatWork?: number;
              asksOtherContactPerson?: number;
              objectsToInvoices?: number;
              seriousComplaint?: number;
              revenueDeclining?: number;
              orderingRhythmBroken?: number;
              contactPersonsChanged?: number;
              mainContactLeft?: number;
              personalContactLow?: number;
              creditNotes?: number;
              evaluationsBelowNorm?: number;
              evaluationsFalling?: number;
            };
          };
        };
      };
      responses: {
        /** @description The weights */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SignalWeights'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/lost-reasons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's list of reasons a client leaves, hidden ones included */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The reasons */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LostReasonList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a reason of the firm’s own */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['LostReasonCreate'];
        };
      };
      responses: {
        /** @description The reason */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LostReason'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lost-reasons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a reason of the firm’s own that no loss gives; others can only be hidden */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename a reason, or hide it from new losses (or show it again) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['LostReasonUpdate'];
        };
      };
      responses: {
        /** @description The reason */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LostReason'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/organizations/{id}/losses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's losses, the latest first, each with its win-back attempts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The losses */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientLossList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Mark a client lost: it becomes a former client until the day of the loss, and the win-back policy of its category on that day plans its activities */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ClientLossCreate'];
        };
      };
      responses: {
        /** @description The loss */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientLoss'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client-losses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One loss with its win-back attempts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The loss */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientLoss'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Undo a loss recorded by mistake: a client again, its win-back activities still planned removed; a loss won back cannot be undone */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Correct a loss; an open loss's day is also the client's last day as one */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ClientLossUpdate'];
        };
      };
      responses: {
        /** @description The loss */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientLoss'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/client-losses/{id}/win-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The client is won back: a client again; the loss keeps its record with the day */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WinBack'];
        };
      };
      responses: {
        /** @description The loss */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ClientLoss'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lost-clients/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lost reasons per fiscal year and category, with the revenue the losses took */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LostClientsReport'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/lost-clients/bridge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The clients of the revenue bridge's lost and won-back bars of a year, with their recorded losses */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The clients */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['BridgeLosses'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/win-back-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The win-back policy of every category of a scheme: the firm's, or the default */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The policies */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WinBackPolicyList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/category-schemes/{id}/win-back-policies/{category}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a category's win-back policy: who acts, and the steps by days after the loss */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description The category's key */
          category: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WinBackPolicyInput'];
        };
      };
      responses: {
        /** @description The policy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WinBackPolicy'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Back to the default win-back policy of a category */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          /** @description The category's key */
          category: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The policy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WinBackPolicy'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organizations/{id}/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's complaints, the most recent first, each against its category's norms */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The complaints */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplaintList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Record a complaint of a client: received today unless another day is given */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ComplaintCreate'];
        };
      };
      responses: {
        /** @description The complaint */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's complaints, the most overdue first: by status, category, professional */
    get: {
      parameters: {
        query?: {
          status?: 'received' | 'acknowledged' | 'solved' | 'closed';
          /** @description The category the client had when the complaint came in */
          category?: string;
          /** @description Complaints concerning this professional, or followed up by them */
          professionalId?: string;
          /** @description true: only complaints not closed yet */
          open?: 'true' | 'false';
          /** @description Came in on or after this day */
          from?: string;
          /** @description Came in on or before this day */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The complaints */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplaintList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Complaints per category, professional and client, with resolution times and norms */
    get: {
      parameters: {
        query?: {
          /** @description Came in on or after this day; default: all */
          from?: string;
          /** @description Came in on or before this day; default: today */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ComplaintReport'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One complaint */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The complaint */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a complaint */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Move a complaint to a step (acknowledged, solved, closed) or change what it says */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ComplaintUpdate'];
        };
      };
      responses: {
        /** @description The complaint */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Complaint'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/ambassadors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisations that referred clients or whose contacts recommend the firm with a 9 or 10, with the clients and revenue each brought, and the thank-yous owed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The ambassadors */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AmbassadorOverview'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/referrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who referred each client, with its start and revenue since */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The referrals */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ReferralList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/introductions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prospects that fit the ideal profile, each with the ambassadors of its sector (or region) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The suggested introductions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IntroductionList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketing-pyramid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's time and money per layer of the marketing pyramid in a fiscal year, against the advice to work from the top down */
    get: {
      parameters: {
        query?: {
          /** @description The fiscal year; default the one today falls in */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The pyramid */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MarketingPyramid'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketing-spend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record time or money spent on a layer that no client is tied to (an article, a fair) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example 2024-12-31 */
            spentOn: string;
            /** @enum {string} */
            layer: 'ownExperience' | 'ambassadors' | 'independentSources' | 'media' | 'ownSales';
            description: string;
            minutes?: number | null;
            costCents?: number | null;
          };
        };
      };
      responses: {
        /** @description The spend */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MarketingSpend'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/marketing-spend/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One entry of marketing spend */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The spend */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MarketingSpend'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove an entry of marketing spend */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Done */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Correct an entry of marketing spend */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example 2024-12-31 */
            spentOn?: string;
            /** @enum {string} */
            layer?: 'ownExperience' | 'ambassadors' | 'independentSources' | 'media' | 'ownSales';
            description?: string;
            minutes?: number | null;
            costCents?: number | null;
          };
        };
      };
      responses: {
        /** @description The spend */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MarketingSpend'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/organizations/{id}/survey-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A client's survey requests with their status, the latest first */
    get: {
      parameters: {
        query?: {
          status?: 'created' | 'sent' | 'reminded' | 'answered' | 'expired' | 'revoked';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The requests */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRequestList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Make a personal link for a contact person to answer the evaluation (shown once), and mail it when asked */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyRequestCreate'];
        };
      };
      responses: {
        /** @description The request and its link */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRequestCreated'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/survey-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's survey requests with their status, the latest first */
    get: {
      parameters: {
        query?: {
          status?: 'created' | 'sent' | 'reminded' | 'answered' | 'expired' | 'revoked';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The requests */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRequestList'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/survey-requests/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail the contact a fresh link of an open request (the earlier links keep working) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The request */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRequest'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/survey-requests/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an open request: its links open nothing any more */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The request */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRequest'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/survey-response-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many contacts asked by a link answered, per client category and per professional who asked, and who has not */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The response rates */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyResponseRates'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/survey/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questions of a personal link, in its language, with the firm’s name, the contact’s first name and the assignment’s title; 404 for an unknown, expired or revoked link, 409 once answered */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The personal link’s token */
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyPage'];
          };
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Answer the questions, once: they become the contact’s written evaluation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The personal link’s token */
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SurveyAnswer'];
        };
      };
      responses: {
        /** @description Answered */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Invalid input */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not allowed */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not found */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many requests */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Health: {
      /** @enum {string} */
      status: 'ok';
      /** @enum {string} */
      database: 'ok';
    };
    Error: {
      error: {
        code: string;
        message: string;
        details?: {
          field: string;
          message: string;
          reason?: {
            code: string;
            params: {
              [key: string]: string | number;
            };
          };
        }[];
        reason?: {
          code: string;
          params: {
            [key: string]: string | number;
          };
        };
      };
    };
    SetupStatus: {
      needed: boolean;
    };
    Session: {
      user: components['schemas']['User'];
      workspace: components['schemas']['Workspace'];
      /** @description Send as X-CSRF-Token with every change */
      csrfToken: string | null;
    };
    User: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'partner' | 'manager' | 'professional' | 'viewer';
      /** @enum {string} */
      locale: 'nl' | 'en';
      disabled: boolean;
      createdAt: string;
    };
    Workspace: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      currency: 'EUR' | 'USD' | 'GBP' | 'CHF' | 'DKK' | 'SEK' | 'NOK' | 'PLN';
      /** @enum {string} */
      locale: 'nl' | 'en';
      fiscalYearStartMonth: number;
      /**
       * @description IANA time zone of the firm’s day
       * @example Europe/Amsterdam
       */
      timeZone: string;
      dependencyThresholdBp: number;
      abcBoundaryABp: number;
      abcBoundaryBBp: number;
      /** @description The most a gift may be worth, in cents; null: no limit */
      giftValueLimitCents: number | null;
      /** @description The overall score an evaluation should reach; default 8 */
      satisfactionNorm: number;
      createdAt: string;
    };
    Setup: {
      firm: {
        name: string;
        /** @enum {string} */
        currency: 'EUR' | 'USD' | 'GBP' | 'CHF' | 'DKK' | 'SEK' | 'NOK' | 'PLN';
        /** @enum {string} */
        locale: 'nl' | 'en';
        fiscalYearStartMonth: number;
        /**
         * @description Europe/Amsterdam when left out
         * @example Europe/Amsterdam
         */
        timeZone?: string;
      };
      owner: {
        name: string;
        email: string;
        password: string;
      };
    };
    WorkspaceUpdate: {
      name?: string;
      /** @enum {string} */
      currency?: 'EUR' | 'USD' | 'GBP' | 'CHF' | 'DKK' | 'SEK' | 'NOK' | 'PLN';
      /** @enum {string} */
      locale?: 'nl' | 'en';
      fiscalYearStartMonth?: number;
      /**
       * @description IANA time zone of the firm’s day
       * @example Europe/Amsterdam
       */
      timeZone?: string;
      dependencyThresholdBp?: number;
      abcBoundaryABp?: number;
      abcBoundaryBBp?: number;
      /** @description The most a gift may be worth, in cents; null: no limit */
      giftValueLimitCents?: number | null;
      /** @description The overall score an evaluation should reach; default 8 */
      satisfactionNorm?: number;
    };
    SignIn: {
      email: string;
      password: string;
      /** Format: uuid */
      workspaceId?: string;
    };
    ProfileUpdate: {
      name?: string;
      /** @enum {string} */
      locale?: 'nl' | 'en';
    };
    PasswordChange: {
      currentPassword: string;
      newPassword: string;
    };
    UserUpdate: {
      /** @enum {string} */
      role?: 'owner' | 'partner' | 'manager' | 'professional' | 'viewer';
      disabled?: boolean;
      name?: string;
    };
    Invitation: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'partner' | 'manager' | 'professional' | 'viewer';
      createdAt: string;
      expiresAt: string;
      acceptedAt: string | null;
    };
    InvitationCreated: {
      invitation: components['schemas']['Invitation'];
      /** @description Shown once: give it to the invitee */
      token: string;
    };
    InvitationCreate: {
      email: string;
      name: string;
      /** @enum {string} */
      role: 'owner' | 'partner' | 'manager' | 'professional' | 'viewer';
    };
    InvitationAccept: {
      token: string;
      password: string;
      name?: string;
    };
    ApiToken: {
      /** Format: uuid */
      id: string;
      name: string;
      createdAt: string;
      lastUsedAt: string | null;
    };
    ApiTokenCreated: {
      token: components['schemas']['ApiToken'];
      secret: string;
    };
    ApiTokenCreate: {
      name: string;
    };
    OrganizationPage: {
      items: (components['schemas']['Organization'] & {
        /** @description The category now in the firm's primary scheme (set by hand, else committed) */
        category: string | null;
        /** @description Revenue in the fiscal year of the page, in cents */
        revenueCents: number;
      })[];
      /** @description The last complete fiscal year: the one revenue is shown for */
      fiscalYear: number;
      nextCursor: string | null;
      total: number | null;
    };
    Organization: {
      /** Format: uuid */
      id: string;
      name: string;
      legalName: string | null;
      kvkNumber: string | null;
      sector: string | null;
      sizeClass: string | null;
      city: string | null;
      region: string | null;
      website: string | null;
      /** @enum {string} */
      status: 'prospect' | 'client' | 'former';
      /** @enum {string} */
      relationLevel: 'strategic' | 'business_unit' | 'team' | 'other';
      /** Format: uuid */
      relationshipManagerId: string | null;
      /** Format: uuid */
      secondProfessionalId: string | null;
      /** @description The day recorded as the start of the client relationship (set by hand, or by the first import to the first date in its file); service norms count from it. Not the start the portfolio and annual review measure the relationship's length from: the earlier of the first invoice and the first assignment (decision 0020). */
      clientSince: string | null;
      /** @description The last day a former client was one: set to the firm’s day when the status becomes former, editable; its norms count up to it and no further (decision 0032). Null for anything but a former client, and for a former client of whom it is not known. */
      clientUntil: string | null;
      /** Format: uuid */
      referredByOrganizationId: string | null;
      /** Format: uuid */
      referredByContactId: string | null;
      notes: string | null;
      customerCode: string | null;
      oneOff: boolean;
      archivedAt: string | null;
      createdAt: string;
      updatedAt: string;
    };
    OrganizationCreate: {
      name: string;
      legalName?: string | null;
      /** @example 12345678 */
      kvkNumber?: string | null;
      sector?: string | null;
      /** @enum {string|null} */
      sizeClass?: '1' | '2-9' | '10-49' | '50-249' | '250+' | null;
      city?: string | null;
      region?: string | null;
      /** @example https://example.nl */
      website?: string | null;
      /**
       * @default client
       * @enum {string}
       */
      status: 'prospect' | 'client' | 'former';
      /**
       * @default other
       * @enum {string}
       */
      relationLevel: 'strategic' | 'business_unit' | 'team' | 'other';
      /** Format: uuid */
      relationshipManagerId?: string | null;
      /** Format: uuid */
      secondProfessionalId?: string | null;
      /** @example 2024-12-31 */
      clientSince?: string | null;
      /** @example 2024-12-31 */
      clientUntil?: string | null;
      /** Format: uuid */
      referredByOrganizationId?: string | null;
      /** Format: uuid */
      referredByContactId?: string | null;
      notes?: string | null;
      /** @description The customer's code in the firm's accounting package (debtor number) */
      customerCode?: string | null;
      /** @description A one-off client does not count as a regular new client */
      oneOff?: boolean;
    };
    OrganizationUpdate: {
      name?: string;
      legalName?: string | null;
      /** @example 12345678 */
      kvkNumber?: string | null;
      sector?: string | null;
      /** @enum {string|null} */
      sizeClass?: '1' | '2-9' | '10-49' | '50-249' | '250+' | null;
      city?: string | null;
      region?: string | null;
      /** @example https://example.nl */
      website?: string | null;
      /** @enum {string} */
      status?: 'prospect' | 'client' | 'former';
      /** @enum {string} */
      relationLevel?: 'strategic' | 'business_unit' | 'team' | 'other';
      /** Format: uuid */
      relationshipManagerId?: string | null;
      /** Format: uuid */
      secondProfessionalId?: string | null;
      /** @example 2024-12-31 */
      clientSince?: string | null;
      /** @example 2024-12-31 */
      clientUntil?: string | null;
      /** Format: uuid */
      referredByOrganizationId?: string | null;
      /** Format: uuid */
      referredByContactId?: string | null;
      notes?: string | null;
      /** @description The customer's code in the firm's accounting package (debtor number) */
      customerCode?: string | null;
      /** @description A one-off client does not count as a regular new client */
      oneOff?: boolean;
    };
    Contact: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      firstName: string;
      infix: string | null;
      lastName: string;
      /** @example Jan van der Berg */
      displayName: string;
      /** @example Berg, Jan van der */
      listName: string;
      jobTitle: string | null;
      /** @enum {string|null} */
      dmuRole: 'decider' | 'buyer' | 'influencer' | 'user' | 'gatekeeper' | 'initiator' | null;
      email: string | null;
      phone: string | null;
      birthday: string | null;
      activeFrom: string | null;
      activeTo: string | null;
      active: boolean;
      notes: string | null;
      createdAt: string;
      updatedAt: string;
    };
    ContactHit: components['schemas']['Contact'] & {
      organizationName: string;
    };
    ContactCreate: {
      firstName: string;
      infix?: string | null;
      lastName: string;
      jobTitle?: string | null;
      /** @enum {string|null} */
      dmuRole?: 'decider' | 'buyer' | 'influencer' | 'user' | 'gatekeeper' | 'initiator' | null;
      /** Format: email */
      email?: string | null;
      /** @example +31 20 123 4567 */
      phone?: string | null;
      /** @example 2024-12-31 */
      birthday?: string | null;
      /** @example 2024-12-31 */
      activeFrom?: string | null;
      notes?: string | null;
    };
    ContactUpdate: {
      firstName?: string;
      infix?: string | null;
      lastName?: string;
      jobTitle?: string | null;
      /** @enum {string|null} */
      dmuRole?: 'decider' | 'buyer' | 'influencer' | 'user' | 'gatekeeper' | 'initiator' | null;
      /** Format: email */
      email?: string | null;
      /** @example +31 20 123 4567 */
      phone?: string | null;
      /** @example 2024-12-31 */
      birthday?: string | null;
      /** @example 2024-12-31 */
      activeFrom?: string | null;
      notes?: string | null;
    };
    ContactEnd: {
      /** @example 2024-12-31 */
      activeTo: string;
      reason?: string | null;
    };
    VCardImportResult: {
      dryRun: boolean;
      created: number;
      skipped: number;
      refused: number;
      cards: components['schemas']['VCardCardOutcome'][];
    };
    VCardCardOutcome: {
      /** @description The card’s place in the file, from 1 */
      index: number;
      /** @description The name or email the card shows */
      label: string | null;
      /** @enum {string} */
      outcome: 'created' | 'skipped' | 'refused';
      displayName: string | null;
      email: string | null;
      /** @description For a skipped card: who is already there (id null: earlier in the file) */
      duplicateOf: {
        /** Format: uuid */
        id: string | null;
        displayName: string;
        /** @enum {string} */
        match: 'email' | 'name';
      } | null;
      /** @enum {string|null} */
      reason: 'noName' | 'unknownVersion' | 'invalidFields' | null;
      problems: {
        field: string;
        message: string;
        reason?: {
          code: string;
          params: {
            [key: string]: string | number;
          };
        };
      }[];
      /**
       * Format: uuid
       * @description The contact person created
       */
      contactId: string | null;
    };
    AuditPage: {
      items: components['schemas']['AuditEntry'][];
      nextBefore: number | null;
    };
    AuditEntry: {
      id: number;
      action: string;
      at: string;
      /** Format: uuid */
      userId: string | null;
      userName: string | null;
      changes: {
        [key: string]: [unknown, unknown];
      };
    };
    PortfolioYears: {
      years: number[];
      fiscalYearStartMonth: number;
    };
    Portfolio: {
      year: number;
      period: {
        from: string;
        to: string;
      };
      /** @description The day relationship lengths are measured to: the last day of a year that is over, today while it lasts */
      referenceDate: string;
      revenueCents: number;
      netRevenueCents: number;
      activeClients: number;
      pareto: {
        targetBasisPoints: number;
        clientsForTarget: number;
        clientsForTargetRatio: number | null;
      };
      concentration: {
        year: number;
        activeClients: number;
        activeRevenueCents: number;
        largestClient: {
          clientIds: string[];
          revenueCents: number;
          share: {
            numerator: number;
            denominator: number;
          } | null;
          basisPoints: number;
        };
        topFive: {
          clientIds: string[];
          revenueCents: number;
          share: {
            numerator: number;
            denominator: number;
          } | null;
          basisPoints: number;
        };
        hhi: number;
      };
      dependencyThresholdBasisPoints: number;
      dependencyAlerts: {
        year: number;
        /** Format: uuid */
        clientId: string;
        name: string;
        revenueCents: number;
        share: {
          numerator: number;
          denominator: number;
        };
        basisPoints: number;
        firstYearAbove: boolean;
        aboveSince: number;
      }[];
      abcBoundaries: {
        a: number;
        b: number;
      };
      clients: {
        /** Format: uuid */
        id: string;
        name: string;
        revenueCents: number;
        basisPoints: number;
        /** @enum {string|null} */
        abcClass: 'A' | 'B' | 'C' | null;
        marginCents: number | null;
        hours: number | null;
        serviceLines: string[];
        creditNotes: number;
        assignments: number;
        previousYearCents: number;
        changeRatio: number | null;
        compoundAnnualGrowthRate: number | null;
        relationshipMonths: number | null;
      }[];
    };
    RevenueBridge: {
      year: number;
      startCents: number;
      endCents: number;
      netStartCents: number;
      netEndCents: number;
      bars: {
        grown: {
          amountCents: number;
          effectCents: number;
          clientIds: string[];
        };
        shrunk: {
          amountCents: number;
          effectCents: number;
          clientIds: string[];
        };
        unchanged: {
          amountCents: number;
          effectCents: number;
          clientIds: string[];
        };
        new: {
          amountCents: number;
          effectCents: number;
          clientIds: string[];
        };
        returned: {
          amountCents: number;
          effectCents: number;
          clientIds: string[];
        };
        lost: {
          amountCents: number;
          effectCents: number;
          clientIds: string[];
        };
      };
      clients: {
        /** Format: uuid */
        clientId: string;
        name: string;
        /** @enum {string} */
        group: 'grown' | 'shrunk' | 'unchanged' | 'new' | 'returned' | 'lost';
        previousCents: number;
        currentCents: number;
        effectCents: number;
      }[];
      origin: {
        year: number;
        existingCents: number;
        returnedCents: number;
        newCents: number;
        basisPoints: {
          existing: number;
          returned: number;
          new: number;
        } | null;
      };
    };
    PortfolioTrend: {
      years: {
        year: number;
        revenueCents: number;
        activeClients: number;
        largestClientBasisPoints: number;
        topFiveBasisPoints: number;
        hhi: number;
        origin: {
          year: number;
          existingCents: number;
          returnedCents: number;
          newCents: number;
          basisPoints: {
            existing: number;
            returned: number;
            new: number;
          } | null;
        };
      }[];
    };
    PortfolioMatrix: {
      year: number;
      /** @enum {string} */
      measure: 'revenue' | 'margin';
      /** @enum {string} */
      bubble: 'margin' | 'hours' | 'none';
      valueSplitCents: number | null;
      growthSplit: number;
      clients: {
        /** Format: uuid */
        clientId: string;
        name: string;
        /** @enum {string} */
        quadrant: 'star' | 'cash_cow' | 'question_mark' | 'dog';
        valueCents: number;
        growth: number | null;
        bubble: number | null;
      }[];
      unplaced: {
        /** Format: uuid */
        clientId: string;
        name: string;
        /** @enum {string} */
        reason: 'margin_unknown' | 'growth_unknown';
      }[];
    };
    ClientFigures: {
      /** @description The portfolio's fiscal year */
      year: number;
      /** @description The ten fiscal years up to and including the year, oldest first */
      revenue: {
        fiscalYear: number;
        revenueCents: number;
      }[];
      /** @description Share of the year's revenue, as on the portfolio; null: none */
      basisPoints: number | null;
      /** @enum {string|null} */
      abcClass: 'A' | 'B' | 'C' | null;
      /** @description The category now in the firm's primary scheme */
      category: string | null;
      norms: components['schemas']['ServiceNorms'];
      /** @description The newest assignments (20 at most), latest start first */
      assignments: {
        /** Format: uuid */
        id: string;
        title: string;
        serviceLine: string | null;
        startDate: string | null;
        endDate: string | null;
        feeCents: number | null;
        /** Format: uuid */
        professionalId: string | null;
      }[];
    };
    ServiceNorms: {
      /** @description Calendar days between personal contacts at most (1–3660); null: no interval */
      personalContactIntervalDays: number | null;
      /** @enum {string} */
      callBack: 'sameWorkingDay' | 'nextWorkingDay' | 'asSoonAsPossible' | 'none';
      /** @description A proposal sent within this many working days of the request (1–100); null: no norm */
      proposalTurnaroundWorkingDays: number | null;
      /** @description A complaint acknowledged within this many working days of coming in (1–100); null: no norm */
      complaintAcknowledgeWorkingDays: number | null;
      /** @description A complaint solved within this many working days of coming in (1–100), no fewer than to acknowledge; null: no norm */
      complaintSolveWorkingDays: number | null;
      mailing: boolean;
      /** @enum {string} */
      giftPolicy: 'yearlyPersonalGift' | 'newYearsGreeting' | 'none';
      evaluationAfterEachAssignment: boolean;
      yearlyEvaluationConversation: boolean;
      accountPlanRequired: boolean;
      yearlyRevenueForecast: boolean;
      secondProfessionalPerAssignment: boolean;
      /** @description Personal contacts a year at least (0–366) */
      minimumPersonalContactsPerYear: number;
      /** @description The firm's own norms in its words (at most 4000 characters) */
      ownNorms: string;
    };
    PortfolioMatrixMoves: {
      year: number;
      previousYear: number;
      /** @enum {string} */
      measure: 'revenue' | 'margin';
      counts: {
        /**
         * @description null: not placed in that year
         * @enum {string|null}
         */
        from: 'star' | 'cash_cow' | 'question_mark' | 'dog' | null;
        /**
         * @description null: not placed in that year
         * @enum {string|null}
         */
        to: 'star' | 'cash_cow' | 'question_mark' | 'dog' | null;
        clients: number;
      }[];
      stayed: number;
      moves: {
        /** Format: uuid */
        clientId: string;
        name: string;
        /**
         * @description null: not placed in that year
         * @enum {string|null}
         */
        from: 'star' | 'cash_cow' | 'question_mark' | 'dog' | null;
        /**
         * @description null: not placed in that year
         * @enum {string|null}
         */
        to: 'star' | 'cash_cow' | 'question_mark' | 'dog' | null;
      }[];
    };
    AnnualReview: {
      year: number;
      period: {
        from: string;
        to: string;
      };
      /** @description The day relationship lengths are measured to: the last day of a year that is over, today while it lasts (as the portfolio) */
      referenceDate: string;
      revenueCents: number;
      activeClients: number;
      flaggedClients: number;
      policy: {
        minimumRevenuePerHourCents: number | null;
        medianRevenuePerHourFactor: number;
        creditNoteCountLimit: number;
        creditNoteShareLimitBasisPoints: number;
      };
      /** @description Every client with revenue in the year: flagged ones first, then by revenue */
      clients: {
        /** Format: uuid */
        id: string;
        name: string;
        revenueCents: number;
        share: {
          numerator: number;
          denominator: number;
        } | null;
        shareBasisPoints: number | null;
        relationship: {
          since: string;
          years: number;
          months: number;
          totalMonths: number;
        } | null;
        /** @description Null unless every line states hours */
        hours: number | null;
        revenuePerHourCents: number | null;
        /** @description Null unless every line states its cost */
        marginCents: number | null;
        marginPerHourCents: number | null;
        serviceLines: string[];
        creditNoteCount: number;
        creditNoteCents: number;
        /** @description Revenue change on the year before */
        changeCents: number;
        changeRatio: number | null;
        /** @description Why the client may cost more than it brings; the web app translates the codes */
        flags: (
          | 'revenue_per_hour_below_rate'
          | 'revenue_per_hour_below_median'
          | 'many_credit_notes'
          | 'high_credit_note_share'
        )[];
        costsMoreThanItBrings: boolean;
        /** @description The latest decision recorded for this year's review */
        decision: components['schemas']['ClientDecision'] | null;
      }[];
    };
    ClientDecision: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      year: number;
      /** @enum {string} */
      decision: 'invest' | 'maintain' | 'improve' | 'part_ways';
      note: string | null;
      /** Format: uuid */
      userId: string | null;
      userName: string | null;
      createdAt: string;
    };
    ClientDecisionCreate: {
      /** @description The fiscal year the decision is about */
      year: number;
      /** @enum {string} */
      decision: 'invest' | 'maintain' | 'improve' | 'part_ways';
      note?: string | null;
    };
    ClientDecisionList: {
      items: components['schemas']['ClientDecision'][];
    };
    RevenuePlan: {
      year: number;
      period: {
        from: string;
        to: string;
      };
      /** @description Revenue of the year before */
      startCents: number;
      /** @description Whether the year before is over, so its revenue is complete */
      startComplete: boolean;
      /** @description The year before is still running with no revenue yet: there is no target to count from */
      startMissing: boolean;
      /** @description The amounts the firm set; null when it set none */
      inputs: {
        existingGrowthCents: number;
        newClientsCents: number;
        expectedLossCents: number;
        updatedAt: string;
      } | null;
      /** @description The averages of the revenue bridges of the last (at most three) complete years; null without such a year */
      proposal: {
        startCents: number;
        existingGrowthCents: number;
        newClientsCents: number;
        expectedLossCents: number;
        /** @description Null while the start is missing (startMissing): no target counts from nothing */
        targetCents: number | null;
        growthCents: number;
        growth: {
          numerator: number;
          denominator: number;
        } | null;
        growthBasisPoints: number | null;
        basedOnYears: number[];
        /** @description The figures of each year’s revenue bridge (GET /portfolio/bridge?year=) that the proposal averages, oldest first */
        basedOn: {
          year: number;
          /** @description The bridge of the year: new + returned (won back) */
          newClientsCents: number;
          /** @description The bridge of the year: grown − shrunk */
          existingGrowthCents: number;
          /** @description The bridge of the year: lost */
          lostCents: number;
        }[];
      } | null;
      /** @description The set amounts, else the proposal; null without either */
      plan: {
        startCents: number;
        existingGrowthCents: number;
        newClientsCents: number;
        expectedLossCents: number;
        /** @description Null while the start is missing (startMissing): no target counts from nothing */
        targetCents: number | null;
        growthCents: number;
        growth: {
          numerator: number;
          denominator: number;
        } | null;
        growthBasisPoints: number | null;
        /** @enum {string} */
        source: 'inputs' | 'proposal';
      } | null;
      progress: {
        /** @description The last day the actuals count */
        asOf: string;
        /**
         * @description Revenue lines up to today while the year lasts, the yearly figures after
         * @enum {string}
         */
        basis: 'revenue_lines' | 'yearly_figures';
        fractionOfYearElapsed: number;
        actualSoFarCents: number;
        /** @description No revenue is booked in the year yet (it has just begun, or its revenue is not imported): there is nothing to measure, so againstPlan is null */
        noRevenueYet: boolean;
        /** @description Null without a plan or proposal, or without revenue yet */
        againstPlan: {
          expectedSoFarCents: number;
          differenceCents: number;
          targetReached: {
            numerator: number;
            denominator: number;
          } | null;
          onTrack: boolean;
        } | null;
      };
    };
    RevenuePlanInput: {
      /** @description Expected growth at existing clients, net of shrinking ones; may be negative */
      existingGrowthCents: number;
      /** @description Expected revenue from new (and won-back) clients */
      newClientsCents: number;
      /** @description Expected revenue of departing clients, as a positive amount */
      expectedLossCents: number;
    };
    AcquisitionCost: {
      year: number;
      period: {
        from: string;
        to: string;
      };
      investment: {
        hours: number;
        hourlyRateCents: number;
        moneyCents: number;
        notes: string | null;
        updatedAt: string;
      } | null;
      /** @description The clients with their first revenue in the year, largest first */
      newClients: {
        /** Format: uuid */
        id: string;
        name: string;
        revenueCents: number;
        oneOff: boolean;
        latestDecision: components['schemas']['ClientDecision'] | null;
        /** @description Its latest decision, of any year, is to part ways */
        ratherSeeGo: boolean;
        /** @description Counts as a new regular client */
        counted: boolean;
      }[];
      cost: {
        timeCents: number;
        moneyCents: number;
        investedCents: number;
        regularClients: number;
        costPerClientCents: number | null;
        /**
         * @description Why there is no cost per client
         * @enum {string|null}
         */
        reason: 'no_investment' | 'no_new_regular_clients' | null;
      };
    };
    AcquisitionInvestmentInput: {
      /** @description Hours spent on winning new clients */
      hours: number;
      hourlyRateCents: number;
      /** @description Money spent on winning new clients (events, advertising, …) */
      moneyCents: number;
      notes?: string | null;
    };
    RevenueImportCheck: {
      /** @enum {string} */
      format: 'csv' | 'xlsx' | 'xaf';
      table: {
        headers: string[];
        sourceKey: string;
        /** @enum {string} */
        mappingFrom: 'given' | 'remembered' | 'proposed';
        choices: {
          mapping: {
            [key: string]: number;
          };
          headerRowNumber: number;
          /** @enum {string|null} */
          decimalSeparator: ',' | '.' | null;
          /** @enum {string} */
          dateOrder: 'dmy' | 'mdy' | 'ymd';
          amountIncludesVat?: boolean;
          /** @enum {string} */
          debitCreditSide?: 'revenue' | 'debtor';
        };
        preview: {
          rowNumber: number;
          cells: string[];
        }[];
        sheetNames?: string[];
        sheetName?: string;
      } | null;
      columnProblems: components['schemas']['ImportReason'][];
      report: {
        /** Format: uuid */
        importId: string | null;
        written: boolean;
        rowsRead: number;
        linesRead: number;
        linesWritten: number;
        linesAlreadyPresent: number;
        linesToWrite: number;
        rowsRefused: number;
        rowsSkipped: number;
        revenueWrittenCents: number;
        revenueToWriteCents: number;
        /** @description Lines imported before whose due or paid date this export changes: updated (or to update) */
        paymentsUpdated: number;
        problems: (components['schemas']['ImportReason'] & {
          rowNumber: number;
          field: string | null;
          /** @enum {boolean} */
          skipped?: true;
        })[];
        customers: {
          matched: {
            byCode: number;
            byKvk: number;
            byName: number;
          };
          created: {
            /** Format: uuid */
            id: string;
            name: string;
            code: string | null;
          }[];
          createdCount: number;
          unknown: {
            code: string | null;
            kvkNumber: string | null;
            vatNumber: string | null;
            name: string | null;
            key: string;
            lines: number;
            /** @enum {string} */
            reason: 'unknown' | 'ambiguous';
          }[];
          unknownLines: number;
        };
      } | null;
    };
    ImportReason: {
      /** @enum {string} */
      code:
        | 'amount.empty'
        | 'amount.notAnAmount'
        | 'amount.notInEuros'
        | 'amount.ambiguous'
        | 'amount.tooManyDecimals'
        | 'amount.tooLarge'
        | 'amount.debitAndCreditEmpty'
        | 'debitCredit.empty'
        | 'debitCredit.neither'
        | 'vatRate.empty'
        | 'vatRate.notARate'
        | 'date.empty'
        | 'date.notADate'
        | 'date.notExisting'
        | 'date.notDayMonthYear'
        | 'date.notMonthDayYear'
        | 'date.excelDay60'
        | 'hours.notHours'
        | 'customer.missing'
        | 'customer.unrecognisable'
        | 'customer.notAKvkNumber'
        | 'assignment.noTitle'
        | 'assignment.endsBeforeStart'
        | 'assignment.negativeFee'
        | 'total.notRevenue'
        | 'total.labelledNotRevenue'
        | 'total.notAssignment'
        | 'total.labelledNotAssignment'
        | 'xaf.noAccount'
        | 'xaf.unknownAccount'
        | 'xaf.notProfitAndLoss'
        | 'xaf.accountWithoutType'
        | 'xaf.noCustomer'
        | 'xaf.customerAmbiguous'
        | 'xaf.foreignAmountOnly'
        | 'xaf.foreignAmountNoCurrency'
        | 'xaf.noAmount'
        | 'xaf.notAnAmount'
        | 'xaf.amountType'
        | 'xaf.noDate'
        | 'xaf.notADate'
        | 'xaf.untypedJournal'
        | 'columns.noSuchColumn'
        | 'columns.chosenTwice'
        | 'columns.notFound'
        | 'columns.amountMissing'
        | 'columns.vatMissing'
        | 'columns.invoiceDateMissing'
        | 'columns.titleMissing'
        | 'columns.customerMissing'
        | 'columns.customerNameMissing'
        | 'columns.noRevenueHeader'
        | 'columns.noAssignmentHeader'
        | 'file.notSent'
        | 'file.tooLarge'
        | 'file.interrupted'
        | 'file.empty'
        | 'file.oldExcel'
        | 'file.pdf'
        | 'file.binary'
        | 'file.quoteNotClosed'
        | 'file.rowTooLong'
        | 'file.quoteInQuotedField'
        | 'file.notCsv'
        | 'file.damagedWorkbook'
        | 'file.noWorksheets'
        | 'file.noSuchSheet'
        | 'file.sheetNotFound'
        | 'file.damagedWorksheet'
        | 'file.tooManyRows'
        | 'file.tooManyColumns'
        | 'file.tooDeep'
        | 'file.unpacksTooLarge'
        | 'file.tooSlow'
        | 'file.readersBusy'
        | 'file.tooMuchMemory'
        | 'xaf.empty'
        | 'xaf.notXml'
        | 'xaf.notText'
        | 'xaf.foreignRoot'
        | 'xaf.noContent'
        | 'xaf.oldFormat'
        | 'xaf.notWellFormed'
        | 'xaf.malformed'
        | 'xaf.unknownEncoding'
        | 'xaf.entities';
      params: {
        [key: string]: string | number;
      };
      /** @description The reason in English */
      reason: string;
    };
    RevenueImportResult: {
      /** @enum {string} */
      format: 'csv' | 'xlsx' | 'xaf';
      table: {
        headers: string[];
        sourceKey: string;
        /** @enum {string} */
        mappingFrom: 'given' | 'remembered' | 'proposed';
        choices: {
          mapping: {
            [key: string]: number;
          };
          headerRowNumber: number;
          /** @enum {string|null} */
          decimalSeparator: ',' | '.' | null;
          /** @enum {string} */
          dateOrder: 'dmy' | 'mdy' | 'ymd';
          amountIncludesVat?: boolean;
          /** @enum {string} */
          debitCreditSide?: 'revenue' | 'debtor';
        };
        preview: {
          rowNumber: number;
          cells: string[];
        }[];
        sheetNames?: string[];
        sheetName?: string;
      } | null;
      report: {
        /** Format: uuid */
        importId: string | null;
        written: boolean;
        rowsRead: number;
        linesRead: number;
        linesWritten: number;
        linesAlreadyPresent: number;
        linesToWrite: number;
        rowsRefused: number;
        rowsSkipped: number;
        revenueWrittenCents: number;
        revenueToWriteCents: number;
        /** @description Lines imported before whose due or paid date this export changes: updated (or to update) */
        paymentsUpdated: number;
        problems: (components['schemas']['ImportReason'] & {
          rowNumber: number;
          field: string | null;
          /** @enum {boolean} */
          skipped?: true;
        })[];
        customers: {
          matched: {
            byCode: number;
            byKvk: number;
            byName: number;
          };
          created: {
            /** Format: uuid */
            id: string;
            name: string;
            code: string | null;
          }[];
          createdCount: number;
          unknown: {
            code: string | null;
            kvkNumber: string | null;
            vatNumber: string | null;
            name: string | null;
            key: string;
            lines: number;
            /** @enum {string} */
            reason: 'unknown' | 'ambiguous';
          }[];
          unknownLines: number;
        };
      };
    };
    AssignmentImportCheck: {
      /** @enum {string} */
      format: 'csv' | 'xlsx';
      table: {
        headers: string[];
        sourceKey: string;
        /** @enum {string} */
        mappingFrom: 'given' | 'remembered' | 'proposed';
        choices: {
          mapping: {
            [key: string]: number;
          };
          headerRowNumber: number;
          /** @enum {string|null} */
          decimalSeparator: ',' | '.' | null;
          /** @enum {string} */
          dateOrder: 'dmy' | 'mdy' | 'ymd';
          amountIncludesVat?: boolean;
          /** @enum {string} */
          debitCreditSide?: 'revenue' | 'debtor';
        };
        preview: {
          rowNumber: number;
          cells: string[];
        }[];
        sheetNames?: string[];
        sheetName?: string;
      } | null;
      columnProblems: components['schemas']['ImportReason'][];
      report: {
        /** Format: uuid */
        importId: string | null;
        written: boolean;
        rowsRead: number;
        assignmentsRead: number;
        assignmentsWritten: number;
        assignmentsAlreadyPresent: number;
        assignmentsToWrite: number;
        rowsRefused: number;
        rowsSkipped: number;
        professionalsUnknown: string[];
        problems: (components['schemas']['ImportReason'] & {
          rowNumber: number;
          field: string | null;
          /** @enum {boolean} */
          skipped?: true;
        })[];
        customers: {
          matched: {
            byCode: number;
            byKvk: number;
            byName: number;
          };
          created: {
            /** Format: uuid */
            id: string;
            name: string;
            code: string | null;
          }[];
          createdCount: number;
          unknown: {
            code: string | null;
            kvkNumber: string | null;
            vatNumber: string | null;
            name: string | null;
            key: string;
            lines: number;
            /** @enum {string} */
            reason: 'unknown' | 'ambiguous';
          }[];
          unknownLines: number;
        };
      } | null;
    };
    AssignmentImportResult: {
      /** @enum {string} */
      format: 'csv' | 'xlsx';
      table: {
        headers: string[];
        sourceKey: string;
        /** @enum {string} */
        mappingFrom: 'given' | 'remembered' | 'proposed';
        choices: {
          mapping: {
            [key: string]: number;
          };
          headerRowNumber: number;
          /** @enum {string|null} */
          decimalSeparator: ',' | '.' | null;
          /** @enum {string} */
          dateOrder: 'dmy' | 'mdy' | 'ymd';
          amountIncludesVat?: boolean;
          /** @enum {string} */
          debitCreditSide?: 'revenue' | 'debtor';
        };
        preview: {
          rowNumber: number;
          cells: string[];
        }[];
        sheetNames?: string[];
        sheetName?: string;
      };
      report: {
        /** Format: uuid */
        importId: string | null;
        written: boolean;
        rowsRead: number;
        assignmentsRead: number;
        assignmentsWritten: number;
        assignmentsAlreadyPresent: number;
        assignmentsToWrite: number;
        rowsRefused: number;
        rowsSkipped: number;
        professionalsUnknown: string[];
        problems: (components['schemas']['ImportReason'] & {
          rowNumber: number;
          field: string | null;
          /** @enum {boolean} */
          skipped?: true;
        })[];
        customers: {
          matched: {
            byCode: number;
            byKvk: number;
            byName: number;
          };
          created: {
            /** Format: uuid */
            id: string;
            name: string;
            code: string | null;
          }[];
          createdCount: number;
          unknown: {
            code: string | null;
            kvkNumber: string | null;
            vatNumber: string | null;
            name: string | null;
            key: string;
            lines: number;
            /** @enum {string} */
            reason: 'unknown' | 'ambiguous';
          }[];
          unknownLines: number;
        };
      };
    };
    CriterionList: {
      items: components['schemas']['Criterion'][];
    };
    Criterion: {
      /** Format: uuid */
      id: string;
      key: string;
      /** @description The firm's own criterion's name */
      name: string | null;
      /** @enum {string} */
      group: 'business' | 'professional' | 'strategic';
      /** @enum {string} */
      source: 'data' | 'judgement';
      weight: number;
      scaleMax: number;
      active: boolean;
      standard: boolean;
      dataMapping: components['schemas']['DataMapping'];
    };
    DataMapping: {
      /** @enum {string} */
      measure: 'revenueCents' | 'marginBasisPoints' | 'growthBasisPoints' | 'paymentDays';
      /** @enum {string} */
      direction: 'higherIsBetter' | 'lowerIsBetter';
      /** @description thresholds[k] earns score k + 1: cents, basis points or days */
      thresholds: number[];
    } | null;
    CriteriaPreset: {
      /** @enum {string} */
      preset: 'standard' | 'moneyFunPrestige';
    };
    CriteriaOrder: {
      ids: string[];
    };
    CriterionCreate: {
      name: string;
      /** @enum {string} */
      group: 'business' | 'professional' | 'strategic';
      weight: number;
      scaleMax: number;
    };
    CriterionUpdate: {
      name?: string | null;
      weight?: number;
      scaleMax?: number;
      active?: boolean;
      /** @enum {string} */
      source?: 'data' | 'judgement';
      dataMapping?: components['schemas']['DataMapping'];
    };
    CategorySchemeList: {
      items: components['schemas']['CategoryScheme'][];
    };
    CategoryScheme: {
      /** Format: uuid */
      id: string;
      name: string;
      preset: string | null;
      /** @enum {string} */
      kind: 'value' | 'warmth';
      categories: {
        key: string;
        name: string | null;
        lowerBound: {
          /** @description The grade × 10: 80 is 8.0 */
          tenths: number;
          /** @description from (true) or above (false) the grade */
          inclusive: boolean;
        };
      }[];
      method: components['schemas']['RankingMethod'];
      isPrimary: boolean;
    };
    /** @description One of meetsAll, meetsXofY, weightedGrade */
    RankingMethod:
      | {
          /** @enum {string} */
          kind: 'weightedGrade';
        }
      | {
          /** @enum {string} */
          kind: 'meetsAll';
          levels: {
            categoryKey: string;
            minimums: {
              [key: string]: number;
            };
          }[];
        }
      | {
          /** @enum {string} */
          kind: 'meetsXofY';
          levels: {
            categoryKey: string;
            minimums: {
              [key: string]: number;
            };
            atLeast: number;
          }[];
        };
    CategorySchemeCreate:
      | {
          /** @enum {string} */
          preset: 'abc' | 'sabc' | 'koesterBehoudBewaar' | 'redYellowBlue';
          name?: string;
        }
      | {
          name: string;
          /** @enum {string} */
          kind: 'value' | 'warmth';
          categories: {
            key: string;
            name: string | null;
            lowerBound: {
              /** @description The grade × 10: 80 is 8.0 */
              tenths: number;
              /** @description from (true) or above (false) the grade */
              inclusive: boolean;
            };
          }[];
          method: components['schemas']['RankingMethod'];
        };
    CategorySchemeUpdate: {
      name?: string;
      categories?: {
        key: string;
        name: string | null;
        lowerBound: {
          /** @description The grade × 10: 80 is 8.0 */
          tenths: number;
          /** @description from (true) or above (false) the grade */
          inclusive: boolean;
        };
      }[];
      method?: components['schemas']['RankingMethod'];
    };
    ScoringMatrix: {
      scheme: components['schemas']['CategoryScheme'];
      year: number;
      /** @description The active criteria, in order */
      criteria: components['schemas']['Criterion'][];
      clients: {
        /** Format: uuid */
        id: string;
        name: string;
        sector: string | null;
        sizeClass: string | null;
        region: string | null;
        /** Format: uuid */
        relationshipManagerId: string | null;
        /** @description Per criterion, in the order of criteria: the score that counts */
        scores: (number | null)[];
        /** @description Per criterion: 2 = agreed, 1 = scorers 2 or more points apart */
        flags: number[];
        total: number;
        /** @description Σ weight × scale maximum over the criteria the client is scored on */
        maximum: number;
        grade: number;
        /** @description Criteria without a score, left out of the total and the maximum */
        unscoredCriteria: number;
        computedCategory: string | null;
        category: string | null;
        overridden: boolean;
        overrideReason: string | null;
        committedCategory: string | null;
      }[];
    };
    ClassificationPreview: {
      clients: number;
      counts: {
        from: string | null;
        to: string | null;
        clients: number;
      }[];
      moved: number;
      unchanged: number;
      withoutCategory: number;
      heldByOverride: number;
      /** @description How many clients move in each direction */
      byDirection: {
        up: number;
        down: number;
        new: number;
        unclassified: number;
        otherScheme: number;
      };
      /** @description Clients with a criterion not scored, left out of their grade */
      notFullyScored: number;
      /** @description Clients moving down who would not were their missing scores at the top of the scale */
      downFromMissingScores: number;
      moves: {
        /** Format: uuid */
        clientId: string;
        name: string;
        from: string | null;
        to: string | null;
        /** @enum {string} */
        direction: 'up' | 'down' | 'new' | 'unclassified' | 'otherScheme';
        overridden: boolean;
        fullyScored: boolean;
        downFromMissingScores: boolean;
      }[];
    };
    ClassificationChanges: {
      /** @description By criterion id */
      weights?: {
        [key: string]: number;
      };
      categories?: {
        key: string;
        name: string | null;
        lowerBound: {
          /** @description The grade × 10: 80 is 8.0 */
          tenths: number;
          /** @description from (true) or above (false) the grade */
          inclusive: boolean;
        };
      }[];
      method?: components['schemas']['RankingMethod'];
    };
    ClassificationCommitted: {
      /** Format: uuid */
      id: string;
      clientCount: number;
      moved: number;
      downFromMissingScores: number;
      counts: {
        from: string | null;
        to: string | null;
        clients: number;
      }[];
    };
    ClassificationCommit: {
      /** @description By criterion id */
      weights?: {
        [key: string]: number;
      };
      categories?: {
        key: string;
        name: string | null;
        lowerBound: {
          /** @description The grade × 10: 80 is 8.0 */
          tenths: number;
          /** @description from (true) or above (false) the grade */
          inclusive: boolean;
        };
      }[];
      method?: components['schemas']['RankingMethod'];
      note?: string | null;
      /** @description Commit even when clients move down only because scores are missing (the preview counts them); without it such a commit is refused */
      acceptDemotionsFromMissingScores?: boolean;
    };
    ClassificationList: {
      items: {
        /** Format: uuid */
        id: string;
        /** Format: uuid */
        schemeId: string;
        clientCount: number;
        note: string | null;
        /** Format: uuid */
        userId: string | null;
        userName: string | null;
        createdAt: string;
        /** @description Clients per category, best first; null: no category */
        categories: {
          category: string | null;
          clients: number;
        }[];
      }[];
    };
    ClientScores: {
      items: {
        criterion: components['schemas']['Criterion'];
        scorers: {
          /** Format: uuid */
          userId: string;
          name: string;
          score: number;
        }[];
        mine: number | null;
        agreed: number | null;
        score: number | null;
        /** @enum {string} */
        basis: 'agreed' | 'median' | 'none';
        disagreement: boolean;
      }[];
    };
    ScoreInput: {
      score: number | null;
      /** @default false */
      agreed: boolean;
    };
    CategoryExplanation: {
      scheme: components['schemas']['CategoryScheme'];
      year: number;
      /** Format: uuid */
      clientId: string;
      criteria: {
        criterion: components['schemas']['Criterion'];
        criterionKey: string;
        weight: number;
        scaleMax: number;
        score: number | null;
        contribution: number;
        maxContribution: number;
      }[];
      total: number;
      maximum: number;
      grade: number;
      missingCriteria: string[];
      computedCategory: string | null;
      category: string | null;
      overridden: boolean;
      overrideReason: string | null;
      /** @description weightedGrade: the bound passed and the next category (points missing, scores enough alone); meetsAll / meetsXofY: every level with the minimums missed */
      ranking?: unknown;
    };
    ClientCategories: {
      history: {
        /** Format: uuid */
        classificationId: string;
        /** Format: uuid */
        schemeId: string;
        category: string | null;
        total: number;
        maximum: number;
        grade: number;
        createdAt: string;
        userName: string | null;
      }[];
      overrides: {
        /** Format: uuid */
        schemeId: string;
        category: string;
        reason: string;
        createdAt: string;
      }[];
      /** @description Categories set by hand that were replaced or removed, newest first, with when they stood: the past is judged by them */
      endedOverrides: {
        /** Format: uuid */
        schemeId: string;
        category: string;
        reason: string;
        setAt: string;
        endedAt: string;
      }[];
    };
    CategoryOverride: {
      /** Format: uuid */
      schemeId: string;
      category: string;
      reason: string;
    };
    CategoryOverrideInput: {
      /** Format: uuid */
      schemeId: string;
      category: string;
      reason: string;
    };
    ProspectProfile: {
      /** Format: uuid */
      schemeId: string;
      /** @description The key of the scheme's best category */
      topCategory: string | null;
      /** @description When the latest classification was committed; null when none was */
      classifiedAt: string | null;
      derived: components['schemas']['IdealProfile'];
      /** @description The firm's own profile; null while the derived one counts */
      edited: {
        sector: {
          active: boolean;
          values: string[];
        };
        sizeClass: {
          active: boolean;
          values: ('1' | '2-9' | '10-49' | '50-249' | '250+')[];
        };
        region: {
          active: boolean;
          values: string[];
        };
        services: {
          active: boolean;
          values: string[];
        };
        updatedAt: string;
      } | null;
      profile: components['schemas']['IdealProfile'] & unknown;
    };
    IdealProfile: {
      /** @description Top clients the profile is drawn from */
      clients: number;
      sector: components['schemas']['ProfileValue'][];
      sizeClass: components['schemas']['ProfileValue'][];
      region: components['schemas']['ProfileValue'][];
      services: components['schemas']['ProfileValue'][];
    };
    ProfileValue: {
      value: string;
      /** @description Top clients with this value */
      clients: number;
      /** @description Their share of the top clients, rounded down */
      shareBasisPoints: number;
    };
    /** @description Per trait whether it counts and which values do; a trait switched off is not compared */
    ProspectProfileEdit: {
      sector: {
        active: boolean;
        values: string[];
      };
      sizeClass: {
        active: boolean;
        values: ('1' | '2-9' | '10-49' | '50-249' | '250+')[];
      };
      region: {
        active: boolean;
        values: string[];
      };
      services: {
        active: boolean;
        values: string[];
      };
    };
    ProspectFitList: {
      /** Format: uuid */
      schemeId: string;
      /**
       * @description Whether the firm's own profile or the derived one was compared with
       * @enum {string}
       */
      source: 'edited' | 'derived';
      classifiedAt: string | null;
      items: components['schemas']['ProspectFit'][];
    };
    ProspectFit: {
      /** Format: uuid */
      id: string;
      name: string;
      sector: string | null;
      sizeClass: string | null;
      region: string | null;
      services: string[];
      /** @description Matched traits out of those compared, 0–100; null when none can be compared */
      fit: number | null;
      matched: number;
      compared: number;
      reasons: components['schemas']['TraitReason'][];
    };
    TraitReason: {
      /** @enum {string} */
      trait: 'sector' | 'sizeClass' | 'region' | 'services';
      /** @enum {string} */
      outcome: 'matched' | 'unmatched' | 'unknown' | 'notInProfile';
      /** @description The prospect's values */
      values: string[];
      /** @description The profile values it has */
      matchedValues: string[];
    };
    CategoryGoalList: {
      items: components['schemas']['CategoryGoal'][];
    };
    CategoryGoal: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      schemeId: string;
      categoryKey: string;
      /** @enum {string} */
      kind:
        | 'loyalty'
        | 'crossSelling'
        | 'priceSensitivity'
        | 'ambassadors'
        | 'dependency'
        | 'newServices'
        | 'custom';
      /** @description One of retentionRateBasisPoints, relationshipLengthMonths, acquisitionCostCents, serviceLinesPerClientHundredths, revenuePerHourCents, tariffLevelBasisPoints, discountBasisPoints, referringClientsBasisPoints, clientsFromReferrals, largestClientShareBasisPoints, topFiveShareBasisPoints, servicesDeveloped, newServiceRevenueCents; the firm's own for custom */
      measureKey: string;
      /** @description The firm's own goal's name */
      name: string | null;
      /** @enum {string} */
      unit: 'basisPoints' | 'cents' | 'hundredths' | 'months' | 'count';
      /**
       * @description atLeast: met at the target or more; atMost: at the target or less
       * @enum {string}
       */
      direction: 'atLeast' | 'atMost';
      target: number;
    };
    CategoryGoalCreate: {
      categoryKey: string;
      /** @enum {string} */
      kind:
        | 'loyalty'
        | 'crossSelling'
        | 'priceSensitivity'
        | 'ambassadors'
        | 'dependency'
        | 'newServices'
        | 'custom';
      /** @description The method's measure; not for the firm's own (custom) goals */
      measureKey?: string;
      /** @description Custom goals only */
      name?: string | null;
      /**
       * @description Custom goals only (default count); else the measure's own
       * @enum {string}
       */
      unit?: 'basisPoints' | 'cents' | 'hundredths' | 'months' | 'count';
      /**
       * @description Default: the measure's usual one
       * @enum {string}
       */
      direction?: 'atLeast' | 'atMost';
      /** @description A whole number in the measure's unit: basis points, cents, … */
      target: number;
    };
    CategoryGoalUpdate: {
      /** @description A whole number in the measure's unit: basis points, cents, … */
      target?: number;
      /**
       * @description atLeast: met at the target or more; atMost: at the target or less
       * @enum {string}
       */
      direction?: 'atLeast' | 'atMost';
      /** @description Custom goals only */
      name?: string | null;
      /**
       * @description Custom goals only
       * @enum {string}
       */
      unit?: 'basisPoints' | 'cents' | 'hundredths' | 'months' | 'count';
    };
    CategoryGoalProgress: {
      /** Format: uuid */
      schemeId: string;
      year: number;
      categories: {
        categoryKey: string;
        /** @description Clients holding it with revenue */
        clients: number;
        /** @description Per measure; null: not measured yet */
        actuals: {
          [key: string]: number | null;
        };
      }[];
      goals: {
        goal: components['schemas']['CategoryGoal'];
        actual: number | null;
        /** @enum {string} */
        status: 'met' | 'notMet' | 'notMeasured';
        /** @description actual − target */
        difference: number | null;
      }[];
    };
    /** @description A client's value tags, alphabetically */
    ValueTags: {
      tags: string[];
    };
    ValueTagsInput: {
      /** @description Trimmed, repeats (ignoring case) dropped; at most 40 characters */
      tags: string[];
    };
    FirmValueTags: {
      items: {
        tag: string;
        count: number;
      }[];
    };
    ActivityPage: {
      items: components['schemas']['Activity'][];
      nextCursor: string | null;
      total: number | null;
    };
    Activity: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      /** @enum {string} */
      type:
        | 'visit'
        | 'call'
        | 'meeting'
        | 'email'
        | 'event'
        | 'invitation'
        | 'gift'
        | 'proposal'
        | 'evaluation'
        | 'mailing'
        | 'other';
      /** @enum {string|null} */
      p: 'project' | 'person' | 'process' | 'partnership' | null;
      /** @enum {string} */
      status: 'planned' | 'done';
      onDate: string;
      subject: string;
      notes: string | null;
      minutes: number | null;
      costCents: number | null;
      followUpOn: string | null;
      followUpNote: string | null;
      followUpDoneAt: string | null;
      /** @enum {string|null} */
      duty: 'revenueForecast' | 'evaluationConversation' | 'accountPlan' | null;
      /**
       * Format: uuid
       * @description The client's loss whose win-back policy planned it (method §8); null: none
       */
      clientLossId: string | null;
      contacts: {
        /** Format: uuid */
        id: string;
        displayName: string;
        /**
         * @description For an invitation: what the contact person answered; null: no reaction
         * @enum {string|null}
         */
        response: 'accepted' | 'declined' | null;
      }[];
      professionals: {
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      /** Format: uuid */
      createdBy: string | null;
      createdAt: string;
      updatedAt: string;
    };
    ActivityCreate: {
      /** @enum {string} */
      type:
        | 'visit'
        | 'call'
        | 'meeting'
        | 'email'
        | 'event'
        | 'invitation'
        | 'gift'
        | 'proposal'
        | 'evaluation'
        | 'mailing'
        | 'other';
      /**
       * @description Left out: the type's suggested P; null: no P applies
       * @enum {string|null}
       */
      p?: 'project' | 'person' | 'process' | 'partnership' | null;
      /** @enum {string} */
      status: 'planned' | 'done';
      /**
       * @description The day it is planned for, or the day it was done
       * @example 2024-12-31
       */
      onDate: string;
      subject: string;
      notes?: string | null;
      minutes?: number | null;
      costCents?: number | null;
      /** @example 2024-12-31 */
      followUpOn?: string | null;
      followUpNote?: string | null;
      /**
       * @description The service concept's yearly duty this activity fulfils once done: the revenue forecast, the evaluation conversation or the account plan; null: none
       * @enum {string|null}
       */
      duty?: 'revenueForecast' | 'evaluationConversation' | 'accountPlan' | null;
      /** @description Contact persons of the activity's organisation */
      contactIds?: string[];
      /** @description The firm's professionals involved; left out on create: the creator */
      professionalIds?: string[];
    };
    ActivityUpdate: {
      /** @enum {string} */
      type?:
        | 'visit'
        | 'call'
        | 'meeting'
        | 'email'
        | 'event'
        | 'invitation'
        | 'gift'
        | 'proposal'
        | 'evaluation'
        | 'mailing'
        | 'other';
      /**
       * @description Left out: unchanged, also when the type changes; null: no P
       * @enum {string|null}
       */
      p?: 'project' | 'person' | 'process' | 'partnership' | null;
      /** @enum {string} */
      status?: 'planned' | 'done';
      /**
       * @description The day it is planned for, or the day it was done
       * @example 2024-12-31
       */
      onDate?: string;
      subject?: string;
      notes?: string | null;
      minutes?: number | null;
      costCents?: number | null;
      /** @example 2024-12-31 */
      followUpOn?: string | null;
      followUpNote?: string | null;
      /**
       * @description The service concept's yearly duty this activity fulfils once done: the revenue forecast, the evaluation conversation or the account plan; null: none
       * @enum {string|null}
       */
      duty?: 'revenueForecast' | 'evaluationConversation' | 'accountPlan' | null;
      /** @description Replaces the contact persons */
      contactIds?: string[];
      /** @description Replaces the professionals */
      professionalIds?: string[];
      /** @description true: the follow-up is done now; false: it is open again */
      followUpDone?: boolean;
    };
    InvitationResponse: {
      /**
       * @description accepted or declined; null: no reaction (taken back)
       * @enum {string|null}
       */
      response: 'accepted' | 'declined' | null;
    };
    FourPBalance: {
      /** Format: uuid */
      organizationId: string;
      from: string;
      to: string;
      counts: {
        project: number;
        person: number;
        process: number;
        partnership: number;
      };
      /** @description Done activities in the period with a P */
      total: number;
      /** @description Done activities in the period without */
      withoutP: number;
      /** @description Adding up to 10,000 when total > 0 */
      shareBasisPoints: {
        project: number;
        person: number;
        process: number;
        partnership: number;
      };
      /** @enum {string|null} */
      firstMissing: 'project' | 'person' | 'process' | 'partnership' | null;
      advisedOrder: ('project' | 'person' | 'process' | 'partnership')[];
    };
    ComplianceReport: {
      fiscalYear: number;
      from: string;
      to: string;
      judgedAt: string;
      firm: {
        clients: number;
        delivered: number;
        withInterval: number;
        contactOverdue: number;
        withMinimum: number;
        contactsOnTrack: number;
        callBacks: {
          judged: number;
          withinNorm: number;
          withinNormBasisPoints: number | null;
          done: number;
          averageWorkingDaysHundredths: number | null;
        };
        proposals: {
          judged: number;
          withinNorm: number;
          withinNormBasisPoints: number | null;
          done: number;
          averageWorkingDaysHundredths: number | null;
        };
        dutiesRequired: number;
        dutiesDone: number;
        /** @description Running assignments of clients whose concept asks a second professional */
        assignmentsRunning: number;
        /** @description Of them, those with a second professional to reach */
        assignmentsCovered: number;
        /** @description Every norm above counted once: per client the interval, the minimum and each duty, per assignment the second professional, per call-back or proposal with a norm */
        norms: {
          met: number;
          notMet: number;
          /** @description Not to be judged yet: a duty or minimum on track while the year runs, a request open within its deadline */
          notYet: number;
          /** @description The three in basis points, adding up to 10,000; all 0 without norms */
          shareBasisPoints: {
            met: number;
            notMet: number;
            /** @description Not to be judged yet: a duty or minimum on track while the year runs, a request open within its deadline */
            notYet: number;
          };
        };
      };
      categories: {
        categoryKey: string | null;
        clients: number;
        delivered: number;
        withInterval: number;
        contactOverdue: number;
        withMinimum: number;
        contactsOnTrack: number;
        callBacks: {
          judged: number;
          withinNorm: number;
          withinNormBasisPoints: number | null;
          done: number;
          averageWorkingDaysHundredths: number | null;
        };
        proposals: {
          judged: number;
          withinNorm: number;
          withinNormBasisPoints: number | null;
          done: number;
          averageWorkingDaysHundredths: number | null;
        };
        dutiesRequired: number;
        dutiesDone: number;
        /** @description Running assignments of clients whose concept asks a second professional */
        assignmentsRunning: number;
        /** @description Of them, those with a second professional to reach */
        assignmentsCovered: number;
        /** @description Every norm above counted once: per client the interval, the minimum and each duty, per assignment the second professional, per call-back or proposal with a norm */
        norms: {
          met: number;
          notMet: number;
          /** @description Not to be judged yet: a duty or minimum on track while the year runs, a request open within its deadline */
          notYet: number;
          /** @description The three in basis points, adding up to 10,000; all 0 without norms */
          shareBasisPoints: {
            met: number;
            notMet: number;
            /** @description Not to be judged yet: a duty or minimum on track while the year runs, a request open within its deadline */
            notYet: number;
          };
        };
      }[];
      professionals: {
        /** Format: uuid */
        userId: string;
        name: string;
        clients: number;
        delivered: number;
        withInterval: number;
        contactOverdue: number;
        withMinimum: number;
        contactsOnTrack: number;
        callBacks: {
          judged: number;
          withinNorm: number;
          withinNormBasisPoints: number | null;
          done: number;
          averageWorkingDaysHundredths: number | null;
        };
        proposals: {
          judged: number;
          withinNorm: number;
          withinNormBasisPoints: number | null;
          done: number;
          averageWorkingDaysHundredths: number | null;
        };
        dutiesRequired: number;
        dutiesDone: number;
        /** @description Running assignments of clients whose concept asks a second professional */
        assignmentsRunning: number;
        /** @description Of them, those with a second professional to reach */
        assignmentsCovered: number;
        /** @description Every norm above counted once: per client the interval, the minimum and each duty, per assignment the second professional, per call-back or proposal with a norm */
        norms: {
          met: number;
          notMet: number;
          /** @description Not to be judged yet: a duty or minimum on track while the year runs, a request open within its deadline */
          notYet: number;
          /** @description The three in basis points, adding up to 10,000; all 0 without norms */
          shareBasisPoints: {
            met: number;
            notMet: number;
            /** @description Not to be judged yet: a duty or minimum on track while the year runs, a request open within its deadline */
            notYet: number;
          };
        };
      }[];
      shortfallClients: {
        /** Format: uuid */
        organizationId: string;
        name: string;
        categoryKey: string | null;
        /** Format: uuid */
        relationshipManagerId: string | null;
        valueCents: number;
        lastPersonalContact: string | null;
        shortfalls: components['schemas']['ComplianceShortfall'][];
      }[];
      shortfallClientCount: number;
      /**
       * @description What the firm lacks for any norm to be judged: no client has a category, or no category a service concept
       * @enum {string|null}
       */
      setUpFirst: 'categories' | 'serviceConcepts' | null;
    };
    ComplianceShortfall:
      | {
          /** @enum {string} */
          code: 'contactOverdue';
          daysOverdue: number;
        }
      | {
          /** @enum {string} */
          code: 'tooFewContacts';
          count: number;
          expected: number;
        }
      | {
          /** @enum {string} */
          code: 'callBacksLate';
          count: number;
        }
      | {
          /** @enum {string} */
          code: 'proposalsLate';
          count: number;
        }
      | {
          /** @enum {string} */
          code: 'dutyMissed';
          /** @enum {string} */
          duty:
            | 'revenueForecast'
            | 'evaluationConversation'
            | 'accountPlan'
            | 'mailing'
            | 'giftOrGreeting';
        }
      | {
          /** @enum {string} */
          code: 'secondProfessionalMissing';
          count: number;
        }
      | {
          /** @enum {string} */
          code: 'evaluationsMissed';
          count: number;
        }
      | {
          /** @enum {string} */
          code: 'complaintsAcknowledgedLate';
          count: number;
        }
      | {
          /** @enum {string} */
          code: 'complaintsSolvedLate';
          count: number;
        };
    FourPsByCategory: {
      fiscalYear: number;
      from: string;
      to: string;
      judgedAt: string;
      advisedOrder: ('project' | 'person' | 'process' | 'partnership')[];
      firm: {
        /** @description null: clients without a category */
        categoryKey: string | null;
        counts: {
          project: number;
          person: number;
          process: number;
          partnership: number;
        };
        /** @description Done activities in the period with a P */
        total: number;
        /** @description Done activities in the period without */
        withoutP: number;
        /** @description Adding up to 10,000 when total > 0 */
        shareBasisPoints: {
          project: number;
          person: number;
          process: number;
          partnership: number;
        };
        /** @enum {string|null} */
        firstMissing: 'project' | 'person' | 'process' | 'partnership' | null;
        clientsWithActivities: number;
      };
      categories: {
        /** @description null: clients without a category */
        categoryKey: string | null;
        counts: {
          project: number;
          person: number;
          process: number;
          partnership: number;
        };
        /** @description Done activities in the period with a P */
        total: number;
        /** @description Done activities in the period without */
        withoutP: number;
        /** @description Adding up to 10,000 when total > 0 */
        shareBasisPoints: {
          project: number;
          person: number;
          process: number;
          partnership: number;
        };
        /** @enum {string|null} */
        firstMissing: 'project' | 'person' | 'process' | 'partnership' | null;
        clientsWithActivities: number;
      }[];
    };
    /** @description One per category of the scheme, best first */
    ServiceConceptList: {
      /** Format: uuid */
      schemeId: string;
      items: components['schemas']['ServiceConcept'][];
    };
    ServiceConcept: components['schemas']['ServiceNorms'] & {
      categoryKey: string;
      categoryName: string | null;
      /** @description false: the firm set nothing, these are the defaults */
      set: boolean;
    };
    ServiceNormsInput: {
      /** @description Calendar days between personal contacts at most (1–3660); null: no interval */
      personalContactIntervalDays: number | null;
      /** @enum {string} */
      callBack: 'sameWorkingDay' | 'nextWorkingDay' | 'asSoonAsPossible' | 'none';
      /** @description A proposal sent within this many working days of the request (1–100); null: no norm */
      proposalTurnaroundWorkingDays: number | null;
      /** @description Working days to acknowledge a complaint; left out: 2 */
      complaintAcknowledgeWorkingDays?: number | null;
      /** @description Working days to solve a complaint; left out: 10 */
      complaintSolveWorkingDays?: number | null;
      mailing: boolean;
      /** @enum {string} */
      giftPolicy: 'yearlyPersonalGift' | 'newYearsGreeting' | 'none';
      evaluationAfterEachAssignment: boolean;
      yearlyEvaluationConversation: boolean;
      accountPlanRequired: boolean;
      yearlyRevenueForecast: boolean;
      secondProfessionalPerAssignment: boolean;
      /** @description Personal contacts a year at least (0–366) */
      minimumPersonalContactsPerYear: number;
      /** @description The firm's own norms in its words (at most 4000 characters) */
      ownNorms: string;
    };
    /** @description A preset's concepts go to the scheme's categories in order, best first; categories beyond the preset's keep what they have */
    ServiceConceptPreset: {
      /** @enum {string} */
      preset: 'freelancerAbc' | 'expressDelivery';
    };
    ProposalList: {
      items: components['schemas']['Proposal'][];
    };
    Proposal: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      title: string;
      /** @enum {string} */
      stage: 'request' | 'drafting' | 'sent' | 'won' | 'lost';
      requestedOn: string;
      sentOn: string | null;
      decidedOn: string | null;
      valueCents: number | null;
      lostReason: string | null;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /** @enum {string|null} */
      angle: 'runningAssignments' | 'relationshipMaintenance' | 'newClients' | 'newServices' | null;
      position: number;
      category: string | null;
      turnaround: {
        normWorkingDays: number | null;
        deadline: string | null;
        /** @description Working days after the request day up to the day it was sent */
        workingDaysTaken: number | null;
        /** @enum {string} */
        status: 'onTime' | 'late' | 'open' | 'overdue' | 'noNorm';
        /** @description Working days past the deadline it was sent, or is still unsent at today */
        workingDaysOverdue: number;
      };
    };
    ProposalCreate: {
      title: string;
      /**
       * @description Default: request
       * @enum {string}
       */
      stage?: 'request' | 'drafting' | 'sent' | 'won' | 'lost';
      /**
       * @description Default: today
       * @example 2024-12-31
       */
      requestedOn?: string;
      /** @example 2024-12-31 */
      sentOn?: string | null;
      /** @example 2024-12-31 */
      decidedOn?: string | null;
      valueCents?: number | null;
      lostReason?: string | null;
      /**
       * Format: uuid
       * @description Default: the creator
       */
      ownerId?: string | null;
      /** @enum {string|null} */
      angle?:
        'runningAssignments' | 'relationshipMaintenance' | 'newClients' | 'newServices' | null;
    };
    ProposalUpdate: {
      title?: string;
      /** @enum {string} */
      stage?: 'request' | 'drafting' | 'sent' | 'won' | 'lost';
      /** @example 2024-12-31 */
      requestedOn?: string;
      /** @example 2024-12-31 */
      sentOn?: string | null;
      /** @example 2024-12-31 */
      decidedOn?: string | null;
      valueCents?: number | null;
      lostReason?: string | null;
      /** Format: uuid */
      ownerId?: string | null;
      /** @enum {string|null} */
      angle?:
        'runningAssignments' | 'relationshipMaintenance' | 'newClients' | 'newServices' | null;
      /** @description The card's place in its column on the board */
      position?: number;
    };
    CallBackList: {
      items: components['schemas']['CallBack'][];
    };
    CallBack: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /** Format: uuid */
      contactId: string | null;
      contactName: string | null;
      callerName: string | null;
      calledOn: string;
      /** Format: uuid */
      forUserId: string;
      forUserName: string | null;
      note: string | null;
      returnedOn: string | null;
      category: string | null;
      check: {
        /** @enum {string} */
        norm: 'sameWorkingDay' | 'nextWorkingDay' | 'asSoonAsPossible' | 'none';
        deadline: string | null;
        /** @enum {string} */
        status: 'onTime' | 'late' | 'open' | 'overdue' | 'noNorm';
        /** @description Working days past the deadline it was returned, or is still open at today */
        workingDaysOverdue: number;
      };
    };
    CallBackCreate: {
      /**
       * Format: uuid
       * @description One of the client's contacts
       */
      contactId?: string | null;
      /** @description Who called, when not a known contact */
      callerName?: string | null;
      /**
       * @description Default: today
       * @example 2024-12-31
       */
      calledOn?: string;
      /**
       * Format: uuid
       * @description Default: the client's relationship manager, else whoever records it
       */
      forUserId?: string;
      note?: string | null;
    };
    CallBackUpdate: {
      /**
       * @description null: not returned yet
       * @example 2024-12-31
       */
      returnedOn?: string | null;
      /** Format: uuid */
      forUserId?: string;
      note?: string | null;
    };
    Worklist: {
      /** Format: uuid */
      userId: string;
      today: string;
      until: string;
      items: {
        /** @enum {string} */
        kind:
          | 'complaint'
          | 'callBack'
          | 'proposal'
          | 'personalContact'
          | 'plannedActivity'
          | 'followUp'
          | 'evaluation'
          | 'improvementPlan'
          | 'atRisk'
          | 'thankAmbassador';
        /** Format: uuid */
        organizationId: string;
        organizationName: string;
        categoryKey: string | null;
        valueCents: number;
        /**
         * Format: uuid
         * @description The call-back, proposal, activity, assignment to evaluate, improvement plan or complaint; null for a personal contact
         */
        itemId: string | null;
        label: string | null;
        dueDate: string;
        overdue: boolean;
        /** @description Calendar days past the due date */
        daysOverdue: number;
        /** @description For a call-back, proposal or complaint with a norm in working days: the working days past its deadline */
        workingDaysOverdue: number | null;
        /** @description For a client at risk (kind atRisk): its risk, priority, weightiest signal in words and the suggested four-P action; null for other kinds */
        warning: {
          risk: number;
          priority: number;
          signal: {
            nl: string;
            en: string;
          };
          action: {
            /** @enum {string} */
            p: 'project' | 'person' | 'process' | 'partnership';
            words: {
              nl: string;
              en: string;
            };
          } | null;
        } | null;
      }[];
      /**
       * @description What the firm lacks before any personal contact can fall due: 'categories' while no client has a category, 'serviceConcepts' while no category has a service concept; null when both are there
       * @enum {string|null}
       */
      setUpFirst: 'categories' | 'serviceConcepts' | null;
    };
    Today: {
      /** @example 2026-11-26 */
      today: string;
      /** @example Europe/Amsterdam */
      timeZone: string;
    };
    CalendarFeed: {
      exists: boolean;
      createdAt: string | null;
      lastFetchedAt: string | null;
    };
    CalendarFeedCreated: {
      feed: components['schemas']['CalendarFeed'];
      /** @description The secret address, shown only now */
      url: string;
      /** @description The same address for calendar apps */
      webcalUrl: string;
    };
    WeeklyDigest: {
      enabled: boolean;
      lastSentOn: string | null;
      /** @description Whether this server can send mail; without it no digest goes out */
      mailConfigured: boolean;
    };
    WeeklyDigestUpdate: {
      enabled: boolean;
    };
    AccountTeam: {
      /** Format: uuid */
      organizationId: string;
      /** @enum {string} */
      relationLevel: 'strategic' | 'business_unit' | 'team' | 'other';
      relationshipManager: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      secondProfessional: {
        /** Format: uuid */
        id: string;
        name: string;
      } | null;
      members: {
        /** Format: uuid */
        userId: string;
        name: string;
        /** @enum {string} */
        role: 'lead' | 'member';
        /** @description The professional can no longer sign in */
        disabled: boolean;
      }[];
      /** @description Who directs the relationship at its relation level (method §14); professional null: nobody is named yet, or the level has no director */
      directedBy: {
        /** @enum {string} */
        role: 'accountTeamLead' | 'relationshipManager' | 'nobody';
        professional: {
          /** Format: uuid */
          id: string;
          name: string;
        } | null;
      };
    };
    AccountTeamUpdate: {
      /** @description The whole team: replaces the members there were; one lead at most */
      members: {
        /** Format: uuid */
        userId: string;
        /** @enum {string} */
        role: 'lead' | 'member';
      }[];
    };
    GiftList: {
      items: components['schemas']['Gift'][];
    };
    Gift: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      contact: {
        /** Format: uuid */
        id: string;
        displayName: string;
      };
      /** @enum {string} */
      status: 'planned' | 'given';
      onDate: string;
      occasion: string;
      description: string;
      valueCents: number;
      requirementsMet: (
        | 'recipientsTaste'
        | 'qualityAndDurability'
        | 'standsOutAndSurprises'
        | 'doesNotEmbarrass'
        | 'personalAndFitting'
        | 'lastingReminder'
      )[];
      notes: string | null;
      /**
       * @description The gift policy of the client's current category; null: it has no category
       * @enum {string|null}
       */
      giftPolicy: 'yearlyPersonalGift' | 'newYearsGreeting' | 'none' | null;
      /** @description Against the firm's value limit, the category's policy and the contact's other gifts */
      warnings: {
        /** @enum {string} */
        code:
          | 'above_value_limit'
          | 'policy_says_none'
          | 'beyond_greeting_policy'
          | 'same_occasion_within_a_year'
          | 'recent_gift';
        /**
         * Format: uuid
         * @description The gift a repeat is about
         */
        otherGiftId: string | null;
      }[];
      /** @description The six requirements of a good gift, in the order of the method */
      checklist: {
        /** @enum {string} */
        requirement:
          | 'recipientsTaste'
          | 'qualityAndDurability'
          | 'standsOutAndSurprises'
          | 'doesNotEmbarrass'
          | 'personalAndFitting'
          | 'lastingReminder';
        met: boolean;
      }[];
      /** Format: uuid */
      createdBy: string | null;
      createdAt: string;
      updatedAt: string;
    };
    GiftCreate: {
      /**
       * Format: uuid
       * @description A contact person of the gift's organisation
       */
      contactId: string;
      /** @enum {string} */
      status: 'planned' | 'given';
      /**
       * @description The day it is planned for, or the day it was given
       * @example 2024-12-31
       */
      onDate: string;
      /** @description One of the web's occasions (newYear, christmas, …) or the firm's own */
      occasion: string;
      description: string;
      valueCents: number;
      /** @description The requirements of a good gift that are ticked */
      requirementsMet?: (
        | 'recipientsTaste'
        | 'qualityAndDurability'
        | 'standsOutAndSurprises'
        | 'doesNotEmbarrass'
        | 'personalAndFitting'
        | 'lastingReminder'
      )[];
      notes?: string | null;
    };
    GiftRegister: {
      from: string;
      to: string;
      items: components['schemas']['Gift'][];
      valueLimitCents: number | null;
    };
    GiftUpdate: {
      /**
       * Format: uuid
       * @description A contact person of the gift's organisation
       */
      contactId?: string;
      /** @enum {string} */
      status?: 'planned' | 'given';
      /**
       * @description The day it is planned for, or the day it was given
       * @example 2024-12-31
       */
      onDate?: string;
      /** @description One of the web's occasions (newYear, christmas, …) or the firm's own */
      occasion?: string;
      description?: string;
      valueCents?: number;
      /** @description The requirements of a good gift that are ticked */
      requirementsMet?: (
        | 'recipientsTaste'
        | 'qualityAndDurability'
        | 'standsOutAndSurprises'
        | 'doesNotEmbarrass'
        | 'personalAndFitting'
        | 'lastingReminder'
      )[];
      notes?: string | null;
    };
    EvaluationList: {
      items: components['schemas']['Evaluation'][];
    };
    Evaluation: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /** Format: uuid */
      assignmentId: string | null;
      assignmentTitle: string | null;
      /** Format: uuid */
      contactId: string;
      contactName: string;
      /** @enum {string} */
      method: 'conversation' | 'phone' | 'written';
      evaluatedOn: string;
      scores: {
        endResult: number | null;
        reachability: number | null;
        keepingPromises: number | null;
        expertise: number | null;
        communication: number | null;
        invoicing: number | null;
      };
      aspectAverage: number | null;
      overall: number;
      recommend: number | null;
      /** @enum {string|null} */
      trust: 'expand' | 'continue' | 'undecided' | 'leave' | null;
      comments: string | null;
      /** @description The firm’s norm today */
      norm: number;
      belowNorm: boolean;
      /** @description A 9 or 10 on recommend: the contact is an ambassador candidate */
      recommendsFirm: boolean;
      improvementPlan: components['schemas']['ImprovementPlan'] | null;
    };
    ImprovementPlan: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /** Format: uuid */
      evaluationId: string;
      /** @description The day of the evaluation that opened it */
      openedOn: string;
      openingScore: number;
      /** @description The firm’s norm when it opened */
      norm: number;
      what: string | null;
      /** Format: uuid */
      ownerId: string | null;
      ownerName: string | null;
      /**
       * Format: uuid
       * @description Who answers for it: its owner, else the relationship manager
       */
      responsibleId: string | null;
      dueOn: string;
      costCents: number | null;
      /** @enum {string} */
      status: 'open' | 'closed';
      closedOn: string | null;
      /**
       * Format: uuid
       * @description The re-evaluation at or above the norm that closed it; null: open or by hand
       */
      closedByEvaluationId: string | null;
      overdue: boolean;
    };
    EvaluationCreate: {
      /**
       * Format: uuid
       * @description Who answered: a contact person of the client
       */
      contactId: string;
      /**
       * Format: uuid
       * @description The assignment evaluated; null: the relationship as a whole
       */
      assignmentId?: string | null;
      /** @enum {string} */
      method: 'conversation' | 'phone' | 'written';
      /**
       * @description Default: today
       * @example 2024-12-31
       */
      evaluatedOn?: string;
      /** @description Per aspect a score 1–10, or null when not asked: the end result and the firm’s functioning (reachability, keeping promises, expertise, communication, invoicing) */
      scores?: {
        endResult?: number | null;
        reachability?: number | null;
        keepingPromises?: number | null;
        expertise?: number | null;
        communication?: number | null;
        invoicing?: number | null;
      };
      overall: number;
      recommend?: number | null;
      /**
       * @description The intention to continue or expand: expand, continue, undecided or leave
       * @enum {string|null}
       */
      trust?: 'expand' | 'continue' | 'undecided' | 'leave' | null;
      comments?: string | null;
      /** @description The plan, when the overall score is below the norm */
      improvementPlan?: {
        /** @description What the firm will do */
        what?: string | null;
        /**
         * Format: uuid
         * @description Who carries it out; default: the client's relationship manager; null: whoever manages the client
         */
        ownerId?: string | null;
        /**
         * @description By when; default 30 days after opening
         * @example 2024-12-31
         */
        dueOn?: string;
        /** @description Cost to the firm, in cents */
        costCents?: number | null;
      };
    };
    EvaluationUpdate: {
      /** Format: uuid */
      contactId?: string;
      /** Format: uuid */
      assignmentId?: string | null;
      /** @enum {string} */
      method?: 'conversation' | 'phone' | 'written';
      /** @example 2024-12-31 */
      evaluatedOn?: string;
      /** @description Per aspect a score 1–10, or null when not asked: the end result and the firm’s functioning (reachability, keeping promises, expertise, communication, invoicing) */
      scores?: {
        endResult?: number | null;
        reachability?: number | null;
        keepingPromises?: number | null;
        expertise?: number | null;
        communication?: number | null;
        invoicing?: number | null;
      };
      overall?: number;
      recommend?: number | null;
      /** @enum {string|null} */
      trust?: 'expand' | 'continue' | 'undecided' | 'leave' | null;
      comments?: string | null;
    };
    EvaluationDueList: {
      items: components['schemas']['EvaluationDue'][];
    };
    EvaluationDue: {
      /** Format: uuid */
      assignmentId: string;
      assignmentTitle: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /** Format: uuid */
      relationshipManagerId: string | null;
      endDate: string;
      dueFrom: string;
      deadline: string;
      /** @enum {string} */
      status: 'open' | 'overdue';
      daysOverdue: number;
    };
    ImprovementPlanList: {
      items: components['schemas']['ImprovementPlan'][];
    };
    ImprovementPlanUpdate: {
      /** @description What the firm will do */
      what?: string | null;
      /**
       * Format: uuid
       * @description Who carries it out; default: the client's relationship manager; null: whoever manages the client
       */
      ownerId?: string | null;
      /**
       * @description By when; default 30 days after opening
       * @example 2024-12-31
       */
      dueOn?: string;
      /** @description Cost to the firm, in cents */
      costCents?: number | null;
      /**
       * @description Close it by hand on this day; null: open it again
       * @example 2024-12-31
       */
      closedOn?: string | null;
    };
    AmbassadorCandidateList: {
      items: components['schemas']['AmbassadorCandidate'][];
    };
    AmbassadorCandidate: {
      /** Format: uuid */
      contactId: string;
      contactName: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      recommend: number;
      evaluatedOn: string;
      /** Format: uuid */
      evaluationId: string;
    };
    SatisfactionReport: {
      fiscalYear: number;
      from: string;
      to: string;
      judgedAt: string;
      /** @description The firm’s satisfaction norm today */
      norm: number;
      firm: {
        /** @description Evaluations given in the year */
        evaluations: number;
        /** @description To one decimal */
        averageOverall: number | null;
        /** @description Of the evaluations that asked it, to one decimal */
        averageRecommend: number | null;
        trust: {
          expand: number;
          continue: number;
          undecided: number;
          leave: number;
          notAsked: number;
        };
        /** @description Each intention's share of the answers given; null: none given */
        trustShareBasisPoints: {
          expand: number;
          continue: number;
          undecided: number;
          leave: number;
        } | null;
        /** @description Assignments that ended in the year, by today */
        assignmentsEnded: number;
        /** @description Of them, those an evaluation covers (whenever it came) */
        assignmentsEvaluated: number;
        responseRateBasisPoints: number | null;
      };
      categories: {
        categoryKey: string | null;
        /** @description Evaluations given in the year */
        evaluations: number;
        /** @description To one decimal */
        averageOverall: number | null;
        /** @description Of the evaluations that asked it, to one decimal */
        averageRecommend: number | null;
        trust: {
          expand: number;
          continue: number;
          undecided: number;
          leave: number;
          notAsked: number;
        };
        /** @description Each intention's share of the answers given; null: none given */
        trustShareBasisPoints: {
          expand: number;
          continue: number;
          undecided: number;
          leave: number;
        } | null;
        /** @description Assignments that ended in the year, by today */
        assignmentsEnded: number;
        /** @description Of them, those an evaluation covers (whenever it came) */
        assignmentsEvaluated: number;
        responseRateBasisPoints: number | null;
      }[];
      professionals: {
        /**
         * Format: uuid
         * @description The relationship manager; null: none
         */
        userId: string | null;
        name: string | null;
        /** @description Evaluations given in the year */
        evaluations: number;
        /** @description To one decimal */
        averageOverall: number | null;
        /** @description Of the evaluations that asked it, to one decimal */
        averageRecommend: number | null;
        trust: {
          expand: number;
          continue: number;
          undecided: number;
          leave: number;
          notAsked: number;
        };
        /** @description Each intention's share of the answers given; null: none given */
        trustShareBasisPoints: {
          expand: number;
          continue: number;
          undecided: number;
          leave: number;
        } | null;
        /** @description Assignments that ended in the year, by today */
        assignmentsEnded: number;
        /** @description Of them, those an evaluation covers (whenever it came) */
        assignmentsEvaluated: number;
        responseRateBasisPoints: number | null;
      }[];
      notEvaluated: {
        /** Format: uuid */
        assignmentId: string;
        title: string;
        /** Format: uuid */
        organizationId: string;
        organizationName: string;
        endDate: string;
        deadline: string;
        daysOverdue: number;
      }[];
    };
    AtRiskList: {
      today: string;
      total: number;
      clients: components['schemas']['ClientRisk'][];
    };
    ClientRisk: {
      /** Format: uuid */
      organizationId: string;
      name: string;
      categoryKey: string | null;
      /** Format: uuid */
      relationshipManagerId: string | null;
      /** @description Revenue of the last complete fiscal year */
      valueCents: number;
      /** @description The weights of the signals that count, added */
      risk: number;
      categoryWeight: number;
      /** @description The risk times the category weight */
      priority: number;
      signals: components['schemas']['RiskSignal'][];
      /** @description What to do first: for the weightiest signal that counts */
      suggestedAction: {
        /** @enum {string} */
        p: 'project' | 'person' | 'process' | 'partnership';
        words: {
          nl: string;
          en: string;
        };
      } | null;
    };
    RiskSignal: {
      /** @enum {string} */
      kind:
        | 'threatensToLeave'
        | 'asksRatesAgain'
        | 'asksNewQuoteForRepeatWork'
        | 'asksOtherContactPerson'
        | 'objectsToInvoices'
        | 'seriousComplaint'
        | 'revenueDeclining'
        | 'orderingRhythmBroken'
        | 'contactPersonsChanged'
        | 'mainContactLeft'
        | 'personalContactLow'
        | 'creditNotes'
        | 'evaluationsBelowNorm'
        | 'evaluationsFalling';
      /** @description Recorded by a professional rather than derived */
      acute: boolean;
      /** @description The numbers and dates the signal is derived from (cents, days, counts) */
      evidence: {
        [key: string]: number | string | null;
      };
      textKey: string;
      /** @description The evidence in words, in Dutch and English */
      text: {
        nl: string;
        en: string;
      };
      weight: number;
      fingerprint: string;
      /** @description Set while a dismissal covers the signal; it does not count then */
      dismissal: {
        reason: string;
        dismissedOn: string;
        dismissedBy: string | null;
      } | null;
    };
    ClientSignals: {
      today: string;
      client: components['schemas']['ClientRisk'] & (Record<string, never> | null);
      recorded: components['schemas']['RecordedSignal'][];
    };
    RecordedSignal: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'threatensToLeave'
        | 'asksRatesAgain'
        | 'asksNewQuoteForRepeatWork'
        | 'asksOtherContactPerson'
        | 'objectsToInvoices'
        | 'seriousComplaint';
      recordedOn: string;
      note: string | null;
      recordedBy: string | null;
    };
    SignalWeights: {
      weights: {
        threatensToLeave: number;
        asksRatesAgain: number;
        asksNewQuoteForRepeatWork: number;
        asksOtherContactPerson: number;
        objectsToInvoices: number;
        seriousComplaint: number;
        revenueDeclining: number;
        orderingRhythmBroken: number;
        contactPersonsChanged: number;
        mainContactLeft: number;
        personalContactLow: number;
        creditNotes: number;
        evaluationsBelowNorm: number;
        evaluationsFalling: number;
      };
      defaults: {
        threatensToLeave: number;
        asksRatesAgain: number;
        asksNewQuoteForRepeatWork: number;
        asksOtherContactPerson: number;
        objectsToInvoices: number;
        seriousComplaint: number;
        revenueDeclining: number;
        orderingRhythmBroken: number;
        contactPersonsChanged: number;
        mainContactLeft: number;
        personalContactLow: number;
        creditNotes: number;
        evaluationsBelowNorm: number;
        evaluationsFalling: number;
      };
    };
    LostReasonList: {
      items: components['schemas']['LostReason'][];
    };
    LostReason: {
      /** Format: uuid */
      id: string;
      /** @enum {string|null} */
      preset:
        | 'price'
        | 'quality'
        | 'service'
        | 'contactPersonLeft'
        | 'movedToCompetitor'
        | 'clientStoppedOrMerged'
        | 'noLongerNeeded'
        | 'other'
        | null;
      /** @description The firm's own name; null for a preset it did not rename */
      name: string | null;
      hidden: boolean;
      position: number;
      /** @description Losses that give it: such a reason is hidden, not deleted */
      inUse: number;
    };
    LostReasonCreate: {
      name: string;
    };
    LostReasonUpdate: {
      /** @description A new name; null gives a preset back its own name */
      name?: string | null;
      /** @description Hidden: not offered for new losses */
      hidden?: boolean;
    };
    ClientLossList: {
      items: components['schemas']['ClientLoss'][];
    };
    ClientLoss: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      lostOn: string;
      /** Format: uuid */
      reasonId: string;
      text: string | null;
      /** @enum {string|null} */
      manner: 'amicable' | 'tense' | 'silent' | null;
      told: string | null;
      /** Format: uuid */
      recordedBy: string | null;
      recordedByName: string | null;
      wonBackOn: string | null;
      winBackNote: string | null;
      /** @description The category on the day it was lost */
      category: string | null;
      /** @description The last full fiscal year before the loss, whose revenue the loss took */
      revenueYear: number;
      revenueCents: number;
      /** @description The win-back activities the policy planned, planned or done */
      attempts: components['schemas']['Activity'][];
    };
    ClientLossCreate: {
      /**
       * @description The day the client was lost: not after today
       * @example 2024-12-31
       */
      lostOn: string;
      /** Format: uuid */
      reasonId: string;
      text?: string | null;
      /**
       * @description How the leaving went: amicable, tense or silent (without a word)
       * @enum {string|null}
       */
      manner?: 'amicable' | 'tense' | 'silent' | null;
      /** @description Who was told of the loss */
      told?: string | null;
    };
    ClientLossUpdate: {
      /**
       * @description The day the client was lost: not after today
       * @example 2024-12-31
       */
      lostOn?: string;
      /** Format: uuid */
      reasonId?: string;
      text?: string | null;
      /**
       * @description How the leaving went: amicable, tense or silent (without a word)
       * @enum {string|null}
       */
      manner?: 'amicable' | 'tense' | 'silent' | null;
      /** @description Who was told of the loss */
      told?: string | null;
      winBackNote?: string | null;
    };
    WinBack: {
      /**
       * @description The day it became a client again
       * @example 2024-12-31
       */
      wonBackOn: string;
      winBackNote?: string | null;
    };
    LostClientsReport: {
      categories: {
        key: string;
        name: string | null;
      }[];
      reasons: components['schemas']['LostReason'][];
      groups: {
        year: number;
        category: string | null;
        losses: number;
        revenueCents: number;
        wonBack: number;
        reasons: {
          /** Format: uuid */
          reasonId: string;
          losses: number;
          revenueCents: number;
          wonBack: number;
        }[];
      }[];
      /** @description Every loss, the latest first */
      losses: components['schemas']['ClientLossSummary'][];
    };
    ClientLossSummary: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      lostOn: string;
      /** Format: uuid */
      reasonId: string;
      text: string | null;
      /** @enum {string|null} */
      manner: 'amicable' | 'tense' | 'silent' | null;
      told: string | null;
      /** Format: uuid */
      recordedBy: string | null;
      recordedByName: string | null;
      wonBackOn: string | null;
      winBackNote: string | null;
      /** @description The category on the day it was lost */
      category: string | null;
      /** @description The last full fiscal year before the loss, whose revenue the loss took */
      revenueYear: number;
      revenueCents: number;
    };
    BridgeLosses: {
      year: number;
      reasons: components['schemas']['LostReason'][];
      lost: {
        amountCents: number;
        clients: {
          /** Format: uuid */
          clientId: string;
          name: string;
          previousCents: number;
          currentCents: number;
          loss: components['schemas']['ClientLossSummary'] & (Record<string, never> | null);
        }[];
      };
      returned: {
        amountCents: number;
        clients: {
          /** Format: uuid */
          clientId: string;
          name: string;
          previousCents: number;
          currentCents: number;
          loss: components['schemas']['ClientLossSummary'] & (Record<string, never> | null);
        }[];
      };
    };
    WinBackPolicyList: {
      /** Format: uuid */
      schemeId: string;
      items: components['schemas']['WinBackPolicy'][];
    };
    WinBackPolicy: {
      categoryKey: string;
      categoryName: string | null;
      /** @description false: the firm set none, this is the default */
      set: boolean;
      /** @enum {string} */
      actor: 'relationshipManager' | 'secondProfessional' | 'namedUser';
      /** Format: uuid */
      userId: string | null;
      steps: {
        /** @enum {string} */
        type:
          | 'visit'
          | 'call'
          | 'meeting'
          | 'email'
          | 'event'
          | 'invitation'
          | 'gift'
          | 'proposal'
          | 'evaluation'
          | 'mailing'
          | 'other';
        /** @enum {string|null} */
        p: 'project' | 'person' | 'process' | 'partnership' | null;
        subject: string;
        /** @description Calendar days after the loss (0–730) */
        daysAfterLoss: number;
      }[];
    };
    WinBackPolicyInput: {
      /** @enum {string} */
      actor: 'relationshipManager' | 'secondProfessional' | 'namedUser';
      /**
       * Format: uuid
       * @description The colleague who acts, for namedUser
       */
      userId: string | null;
      steps: {
        /** @enum {string} */
        type:
          | 'visit'
          | 'call'
          | 'meeting'
          | 'email'
          | 'event'
          | 'invitation'
          | 'gift'
          | 'proposal'
          | 'evaluation'
          | 'mailing'
          | 'other';
        /** @enum {string|null} */
        p: 'project' | 'person' | 'process' | 'partnership' | null;
        subject: string;
        /** @description Calendar days after the loss (0–730) */
        daysAfterLoss: number;
      }[];
    };
    ComplaintList: {
      items: components['schemas']['Complaint'][];
    };
    Complaint: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /** Format: uuid */
      contactId: string | null;
      contactName: string | null;
      /** Format: uuid */
      professionalId: string | null;
      professionalName: string | null;
      /**
       * Format: uuid
       * @description Who follows it up: the professional concerned, else the relationship manager
       */
      followedUpById: string | null;
      followedUpByName: string | null;
      subject: string;
      description: string | null;
      /** @enum {string} */
      severity: 'minor' | 'serious' | 'critical';
      /** @enum {string} */
      status: 'received' | 'acknowledged' | 'solved' | 'closed';
      receivedOn: string;
      acknowledgedOn: string | null;
      solvedOn: string | null;
      closedOn: string | null;
      /** @description The category the client had on the day the complaint came in */
      category: string | null;
      check: {
        acknowledgeWorkingDays: number | null;
        solveWorkingDays: number | null;
        acknowledge: {
          deadline: string | null;
          /** @enum {string} */
          status: 'onTime' | 'late' | 'open' | 'overdue' | 'noNorm';
          workingDaysOverdue: number;
        };
        solve: {
          deadline: string | null;
          /** @enum {string} */
          status: 'onTime' | 'late' | 'open' | 'overdue' | 'noNorm';
          workingDaysOverdue: number;
        };
        /** @description Working days after the day it came in up to the day it was solved */
        resolutionWorkingDays: number | null;
        /** @enum {string|null} */
        nextStep: 'acknowledge' | 'solve' | 'close' | null;
        nextDeadline: string | null;
        workingDaysOverdue: number;
      };
    };
    ComplaintCreate: {
      /**
       * Format: uuid
       * @description One of the client's contacts
       */
      contactId?: string | null;
      subject: string;
      description?: string | null;
      /**
       * @description Default: serious
       * @enum {string}
       */
      severity?: 'minor' | 'serious' | 'critical';
      /**
       * Format: uuid
       * @description The professional it concerns; left out or null: none named
       */
      professionalId?: string | null;
      /**
       * @description Default: the firm's today
       * @example 2024-12-31
       */
      receivedOn?: string;
    };
    /** @description Complaints per category, professional and client: counts, resolution time in working days, and the steps taken within the norm */
    ComplaintReport: {
      from: string | null;
      to: string;
      firm: {
        count: number;
        open: number;
        solved: number;
        averageResolutionWorkingDays: number | null;
        medianResolutionWorkingDays: number | null;
        acknowledgedWithinNorm: number;
        acknowledgedJudged: number;
        solvedWithinNorm: number;
        solvedJudged: number;
      };
      byCategory: {
        count: number;
        open: number;
        solved: number;
        averageResolutionWorkingDays: number | null;
        medianResolutionWorkingDays: number | null;
        acknowledgedWithinNorm: number;
        acknowledgedJudged: number;
        solvedWithinNorm: number;
        solvedJudged: number;
        category: string | null;
      }[];
      byProfessional: {
        count: number;
        open: number;
        solved: number;
        averageResolutionWorkingDays: number | null;
        medianResolutionWorkingDays: number | null;
        acknowledgedWithinNorm: number;
        acknowledgedJudged: number;
        solvedWithinNorm: number;
        solvedJudged: number;
        /** Format: uuid */
        professionalId: string | null;
        professionalName: string | null;
      }[];
      byClient: {
        count: number;
        open: number;
        solved: number;
        averageResolutionWorkingDays: number | null;
        medianResolutionWorkingDays: number | null;
        acknowledgedWithinNorm: number;
        acknowledgedJudged: number;
        solvedWithinNorm: number;
        solvedJudged: number;
        /** Format: uuid */
        organizationId: string;
        organizationName: string;
      }[];
    };
    ComplaintUpdate: {
      /**
       * @description Move the complaint to this step: the steps up to it not taken yet are taken on `on`, the later ones undone
       * @enum {string}
       */
      status?: 'received' | 'acknowledged' | 'solved' | 'closed';
      /**
       * @description The day of the move; default: the firm's today
       * @example 2024-12-31
       */
      on?: string;
      /** Format: uuid */
      contactId?: string | null;
      subject?: string;
      description?: string | null;
      /** @enum {string} */
      severity?: 'minor' | 'serious' | 'critical';
      /** Format: uuid */
      professionalId?: string | null;
      /** @example 2024-12-31 */
      receivedOn?: string;
      /** @example 2024-12-31 */
      acknowledgedOn?: string | null;
      /** @example 2024-12-31 */
      solvedOn?: string | null;
      /** @example 2024-12-31 */
      closedOn?: string | null;
    };
    AmbassadorOverview: {
      today: string;
      items: components['schemas']['Ambassador'][];
      thankYous: components['schemas']['ThankYouDue'][];
    };
    Ambassador: {
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      sector: string | null;
      region: string | null;
      /** Format: uuid */
      relationshipManagerId: string | null;
      relationshipManagerName: string | null;
      /** @description It referred at least one client */
      referrer: boolean;
      /** @description Its contacts whose latest recommend score is a 9 or a 10 */
      candidates: {
        /** Format: uuid */
        contactId: string;
        contactName: string;
        recommend: number;
      }[];
      clients: {
        /** Format: uuid */
        organizationId: string;
        name: string;
        /** Format: uuid */
        referrerContactId: string | null;
        referrerContactName: string | null;
        startedOn: string | null;
        revenueCents: number;
      }[];
      clientsBrought: number;
      revenueCents: number;
      revenueByYear: {
        fiscalYear: number;
        revenueCents: number;
      }[];
    };
    ThankYouDue: {
      /** Format: uuid */
      referrerOrganizationId: string;
      referrerOrganizationName: string;
      /** Format: uuid */
      referrerContactId: string | null;
      referrerContactName: string | null;
      /** Format: uuid */
      referredOrganizationId: string;
      referredOrganizationName: string;
      /** Format: uuid */
      relationshipManagerId: string | null;
      relationshipManagerName: string | null;
      dueFrom: string;
      /** @description 14 days after the referred client started */
      dueOn: string;
      overdue: boolean;
    };
    ReferralList: {
      items: components['schemas']['Referral'][];
    };
    Referral: {
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      status: string;
      /** Format: uuid */
      referrerOrganizationId: string;
      referrerOrganizationName: string;
      /** Format: uuid */
      referrerContactId: string | null;
      referrerContactName: string | null;
      /** @description The day it became a client: the earliest of its first invoice, first assignment and client-since date; null while it is a prospect */
      startedOn: string | null;
      /** @description Its revenue in every fiscal year */
      revenueCents: number;
      revenueByYear: {
        fiscalYear: number;
        revenueCents: number;
      }[];
    };
    IntroductionList: {
      items: {
        /** Format: uuid */
        prospectId: string;
        prospectName: string;
        fit: number;
        /** Format: uuid */
        ambassadorOrganizationId: string;
        ambassadorOrganizationName: string;
        /** @enum {string} */
        basis: 'sector' | 'region';
        value: string;
      }[];
    };
    MarketingPyramid: {
      year: number;
      from: string;
      to: string;
      /** @description Top to bottom: own experience, ambassadors, independent sources, media, own sales */
      layers: {
        minutes: number;
        costCents: number;
        /** @enum {string} */
        layer: 'ownExperience' | 'ambassadors' | 'independentSources' | 'media' | 'ownSales';
        activities: {
          minutes: number;
          costCents: number;
        };
        spend: {
          minutes: number;
          costCents: number;
        };
      }[];
      advice: {
        /** @enum {string|null} */
        mostSpentOn:
          'ownExperience' | 'ambassadors' | 'independentSources' | 'media' | 'ownSales' | null;
        /** @description A lower layer got more time or money than a higher one: against the advice */
        bottomHeavy: boolean;
        inversions: {
          /** @enum {string} */
          measure: 'time' | 'money';
          /** @enum {string} */
          higher: 'ownExperience' | 'ambassadors' | 'independentSources' | 'media' | 'ownSales';
          /** @enum {string} */
          lower: 'ownExperience' | 'ambassadors' | 'independentSources' | 'media' | 'ownSales';
        }[];
      };
      entries: components['schemas']['MarketingSpend'][];
    };
    MarketingSpend: {
      /** Format: uuid */
      id: string;
      spentOn: string;
      /** @enum {string} */
      layer: 'ownExperience' | 'ambassadors' | 'independentSources' | 'media' | 'ownSales';
      description: string;
      minutes: number | null;
      costCents: number | null;
    };
    SurveyRequestCreated: {
      request: components['schemas']['SurveyRequest'];
      /** @description The personal link, shown this once (only its hash is kept) to copy */
      link: string;
    };
    SurveyRequest: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organizationId: string;
      organizationName: string;
      /** Format: uuid */
      assignmentId: string | null;
      assignmentTitle: string | null;
      /** Format: uuid */
      contactId: string;
      contactName: string;
      /** @enum {string} */
      language: 'nl' | 'en';
      /** Format: uuid */
      createdById: string | null;
      createdByName: string | null;
      createdAt: string;
      expiresAt: string;
      /** @description First mailed; null: only copied */
      sentAt: string | null;
      sentTo: string | null;
      remindersSent: number;
      lastReminderAt: string | null;
      answeredAt: string | null;
      /**
       * Format: uuid
       * @description The evaluation the answers became
       */
      evaluationId: string | null;
      revokedAt: string | null;
      /**
       * @description created (link only copied), sent (mailed), reminded, answered, expired or revoked
       * @enum {string}
       */
      status: 'created' | 'sent' | 'reminded' | 'answered' | 'expired' | 'revoked';
    };
    SurveyRequestCreate: {
      /**
       * Format: uuid
       * @description Who is asked: a contact person of the client
       */
      contactId: string;
      /**
       * Format: uuid
       * @description The assignment asked about; null: the relationship as a whole
       */
      assignmentId?: string | null;
      /**
       * @description The page's and the mails' language; default: the firm's language
       * @enum {string}
       */
      language?: 'nl' | 'en';
      /** @description Mail the link to the contact's address at once (default: only make it) */
      send?: boolean;
    };
    SurveyRequestList: {
      items: components['schemas']['SurveyRequest'][];
    };
    SurveyResponseRates: {
      total: {
        /** @description Requests made (revoked ones left out) */
        asked: number;
        answered: number;
        /** @description answered / asked in basis points; null when no one was asked */
        rateBasisPoints: number | null;
      };
      byCategory: {
        /** @description In the primary scheme; null: none */
        category: string | null;
        /** @description Requests made (revoked ones left out) */
        asked: number;
        answered: number;
        /** @description answered / asked in basis points; null when no one was asked */
        rateBasisPoints: number | null;
      }[];
      byProfessional: {
        /**
         * Format: uuid
         * @description Who asked; null: no longer there
         */
        userId: string | null;
        name: string | null;
        /** @description Requests made (revoked ones left out) */
        asked: number;
        answered: number;
        /** @description answered / asked in basis points; null when no one was asked */
        rateBasisPoints: number | null;
      }[];
      /** @description The requests asked and not answered: open, reminded or expired */
      nonResponders: components['schemas']['SurveyRequest'][];
    };
    SurveyPage: {
      /** @enum {string} */
      language: 'nl' | 'en';
      firmName: string;
      /** @description The product keeps no logo of a firm (yet) */
      firmLogoUrl: string | null;
      contactFirstName: string;
      assignmentTitle: string | null;
      expiresAt: string;
      questions: {
        aspects: (
          | 'endResult'
          | 'reachability'
          | 'keepingPromises'
          | 'expertise'
          | 'communication'
          | 'invoicing'
        )[];
        score: {
          /** @enum {number} */
          min: 1;
          /** @enum {number} */
          max: 10;
        };
        recommend: {
          /** @enum {number} */
          min: 0;
          /** @enum {number} */
          max: 10;
        };
        trust: ('expand' | 'continue' | 'undecided' | 'leave')[];
      };
    };
    SurveyAnswer: {
      scores?: {
        endResult?: number | null;
        reachability?: number | null;
        keepingPromises?: number | null;
        expertise?: number | null;
        communication?: number | null;
        invoicing?: number | null;
      };
      overall: number;
      recommend?: number | null;
      /** @enum {string|null} */
      trust?: 'expand' | 'continue' | 'undecided' | 'leave' | null;
      comments?: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
